namespace CxAssistant.DevTools.Bench;

/// <summary>
/// One hostile or broken input: the files it writes into an empty folder, the <c>cx</c> arguments that read them
/// (<c>{in}</c> is the folder, <c>{out}</c> a fresh output folder beside it), and what a user must get: the exit code
/// and a fragment of the message.
/// </summary>
public sealed record HostileCase(
    string Name,
    string What,
    Action<string> Write,
    string[] Args,
    int ExitCode,
    string Message
)
{
    public string[] ArgsFor(string input, string output) =>
        [
            .. Args.Select(a =>
                a.Replace("{in}", input, StringComparison.Ordinal).Replace("{out}", output, StringComparison.Ordinal)
            ),
        ];

    public override string ToString() => Name;
}
