using CxAssistant.Agents.Prompts;

namespace CxAssistant.Agents.Tests.Prompts;

/// <summary>
/// A prompt file whose front matter is a YAML alias bomb is refused with the file and line, like every YAML entry
/// point.
/// </summary>
public sealed class PromptFileYamlGuardTests
{
    [Fact]
    public void Parse_AliasBombInFrontMatter_FailsWithFileAndLine()
    {
        var bomb =
            "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
            + string.Concat(
                Enumerable
                    .Range(1, 8)
                    .Select(i => $"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n")
            );
        var text = "---\n" + bomb + "name: x\nversion: '1'\n---\nsystem:\nHi\nuser:\n{{$text}}\n";

        var e = Assert.Throws<PromptException>(() => PromptFileParser.Parse(text, "bomb.prompty"));

        Assert.StartsWith("bomb.prompty: line 5:", e.Message, StringComparison.Ordinal);
        Assert.Contains("alias bomb", e.Message, StringComparison.Ordinal);
    }
}
