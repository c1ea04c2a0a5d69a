using CxAssistant.Chat.Evals;

namespace CxAssistant.Chat.Tests;

/// <summary>A chat questions file that is a YAML alias bomb is refused with the file and line, like every YAML entry point.</summary>
public sealed class ChatEvalFileYamlGuardTests
{
    [Fact]
    public void Load_AliasBomb_FailsWithFileAndLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cx-bomb-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n" + string.Concat(Enumerable.Range(1, 8).Select(i =>
            $"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n")) + "questions: []\n");
        try
        {
            var e = Assert.Throws<InvalidDataException>(() => ChatEvalFile.Load(path));

            Assert.StartsWith($"{path}:4:", e.Message, StringComparison.Ordinal);
            Assert.Contains("alias bomb", e.Message, StringComparison.Ordinal);
        }
        finally { File.Delete(path); }
    }
}
