namespace CxAssistant.Web.Tests.Tools;

/// <summary>
/// Console modes of the test project (not tests): <c>dotnet run --project tests/CxAssistant.Web.Tests -- screenshots
/// [folder]</c>
/// and <c>-- load [--users 50] [--seconds 60] [--think-ms 1000]</c>. Both start the app in-process on loopback with a
/// temporary data root.
/// </summary>
public static class ToolMain
{
    public static async Task<int> Main(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "screenshots":
                await Screenshots.RunAsync(args.Length > 1 ? args[1] : "out/screenshots");
                return 0;
            case "load":
                return await LoadTest.RunAsync(
                    Option(args, "--users", 50),
                    Option(args, "--seconds", 60),
                    Option(args, "--think-ms", 1000, allowZero: true)
                );
            default:
                Console.Error.WriteLine(
                    "usage: dotnet run --project tests/CxAssistant.Web.Tests -- "
                        + "screenshots [folder] | load [--users N] [--seconds S] [--think-ms MS]"
                );
                return 2;
        }
    }

    private static int Option(string[] args, string name, int fallback, bool allowZero = false)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var v) && (v > 0 || allowZero && v == 0)
            ? v
            : fallback;
    }
}
