namespace CxAssistant.Cli.Tests;

/// <summary>The README's CLI reference is the real `--help` output, so the two cannot drift apart.</summary>
public sealed class HelpAndReadmeTests
{
    public static TheoryData<string> Commands => new() { "", "analyze", "generate", "presets", "bench" };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Help_ForEachCommand_AppearsVerbatimInReadme(string command)
    {
        var args = command.Length == 0 ? new[] { "--help" } : new[] { command, "--help" };
        var result = CxProcess.Run(args);
        Assert.Equal(0, result.ExitCode);

        var readme = Normalise(File.ReadAllText(Path.Combine(CxProcess.RepoRoot, "README.md")));
        Assert.Contains(Normalise(result.StdOut), readme);
    }

    [Fact]
    public void Readme_NamesTheTestCommandThatCiRuns()
    {
        var readme = File.ReadAllText(Path.Combine(CxProcess.RepoRoot, "README.md"));
        var ci = File.ReadAllText(Path.Combine(CxProcess.RepoRoot, ".ci", "run"));
        var command = ci.Split('\n')
            .Single(l => l.StartsWith("TEST_COMMAND=", StringComparison.Ordinal))["TEST_COMMAND=".Length..]
            .Trim('\'', '"');
        Assert.Contains(command, readme);
    }

    private static string Normalise(string text) =>
        string.Join(
            '\n',
            text.Replace("\r", "", StringComparison.Ordinal)
                .Split('\n')
                .Select(l => l.TrimEnd())
                .Where(l => l.Length > 0)
        );
}
