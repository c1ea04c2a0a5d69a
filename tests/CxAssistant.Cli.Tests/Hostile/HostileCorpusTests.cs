using CxAssistant.DevTools.Bench;

namespace CxAssistant.Cli.Tests.Hostile;

/// <summary>
/// Every case of the hostile-input corpus through the real `cx`: the exit code and message a user must get, and memory
/// bounded far below what the unguarded code took (the alias bomb alone took 1.6–3.2 GB).
/// </summary>
public sealed class HostileCorpusTests
{
    private const long MaxPeakMiB = 1024;

    public static TheoryData<string> Cases() => [.. HostileCorpus.Cases.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Cx_HostileCase_ExitsWithTheMessageInBoundedMemory(string name)
    {
        var hostile = HostileCorpus.Cases.Single(c => c.Name == name);

        var run = HostileRun.Execute(hostile, "dotnet", Path.Combine(AppContext.BaseDirectory, "cx.dll"));

        Assert.True(
            hostile.ExitCode == run.ExitCode,
            $"exit {run.ExitCode}, expected {hostile.ExitCode}\n{run.StdOut}\n{run.StdErr}"
        );
        Assert.Contains(hostile.Message, run.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", run.StdErr, StringComparison.Ordinal); // never a stack trace
        Assert.InRange(run.PeakMiB, 1, MaxPeakMiB);
    }
}
