using System.CommandLine;
using System.Globalization;

namespace CxAssistant.DevTools.Commands;

/// <summary>The options every benchmark command shares, written once.</summary>
internal static class BenchOptions
{
    /// <summary>A list of sizes to measure, repeated or comma-separated ("--records 1000,10000").</summary>
    public static Option<int[]> Sizes(string name, string description, int[] defaults, params string[] aliases) =>
        new(name, aliases)
        {
            Description = description,
            DefaultValueFactory = _ => defaults,
            AllowMultipleArgumentsPerToken = true,
            CustomParser = r =>
                [
                    .. r
                        .Tokens.SelectMany(t => t.Value.Split(','))
                        .Select(v => int.Parse(v, CultureInfo.InvariantCulture)),
                ],
        };

    /// <summary>
    /// The hidden flag a benchmark passes to the child run that measures one size in its own process.
    /// </summary>
    public static Option<bool> InProcess() =>
        new("--in-process")
        {
            Description = "Measure the first size in this process (used by the child runs).",
            Hidden = true,
        };
}
