using System.Diagnostics;

namespace CxAssistant.Cli.Tests;

/// <summary>Runs the real `cx` binary (built next to the tests) as a child process and captures its output.</summary>
internal static class CxProcess
{
    public sealed record Result(int ExitCode, string StdOut, string StdErr);

    public static string RepoRoot { get; } = RepositoryRoot.Path;

    public static Result Run(params string[] args) => RunIn(RepoRoot, args);

    public static Result RunIn(string workingDirectory, params string[] args) =>
        RunWith(workingDirectory, new Dictionary<string, string>(), args);

    /// <summary>
    /// Runs cx with extra environment variables (configuration such as CxAssistant__VectorStore__Provider).
    /// </summary>
    public static Result RunWith(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        RunWith(RepoRoot, environment, args);

    /// <summary>Runs cx in <paramref name="workingDirectory"/> with extra environment variables.</summary>
    public static Result RunWith(
        string workingDirectory,
        IReadOnlyDictionary<string, string> environment,
        params string[] args
    )
    {
        var cxDll = Path.Combine(AppContext.BaseDirectory, "cx.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        start.ArgumentList.Add(cxDll);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        start.Environment["NO_COLOR"] = "1";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("cx " + string.Join(' ', args) + " did not finish in 3 minutes.");
        }
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }
}
