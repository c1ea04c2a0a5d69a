using System.Globalization;
using CxAssistant.Agents.Budget;

namespace CxAssistant.Cli.Commands;

/// <summary>
/// The lines `cx analyze --dry-run` prints: planned calls, tokens and estimated cost per stage and in total.
/// </summary>
internal static class DryRunReport
{
    public static IEnumerable<string> Lines(string provider, ModelPrice price, CallPlan plan, int records)
    {
        yield return $"Dry run for provider {provider}, model {price.Model}: nothing was "
            + $"sent. {records} evidence items analysed offline.";
        yield return $"{"stage", -12} {"calls", 6} {"items", 6} {"input tokens", 13} "
            + $"{"max output", 11} {"est. cost", 11}";
        foreach (var s in plan.Stages)
        {
            yield return $"{s.Stage, -12} {s.Calls, 6} {s.Items, 6} {s.InputTokens, 13} "
                + $"{s.MaxOutputTokens, 11} "
                + $"{Cost(price, s.InputTokens, s.MaxOutputTokens), 11}";
        }
        yield return $"{"total", -12} {plan.Calls.Count, 6} "
            + $"{plan.Calls.Sum(c => c.Items), 6} {plan.InputTokens, 13} "
            + $"{plan.MaxOutputTokens, 11} "
            + $"{Cost(price, plan.InputTokens, plan.MaxOutputTokens), 11}";
        yield return price.Known
            ? $"Prices: "
                + $"${price.InputPerMillion.ToString(CultureInfo.InvariantCulture)} input "
                + $"/ ${price.OutputPerMillion.ToString(CultureInfo.InvariantCulture)} "
                + $"output per 1M tokens ({price.Origin}). Cost assumes every call uses "
                + $"its full output cap; repairs (at most 2 per draft) come on top and "
                + $"are reported by a real run."
            : $"No price for {price.Model}: set "
                + $"CxAssistant:Prices:{price.Model}:Input and :Output (USD per 1M "
                + $"tokens, see appsettings.example.json).";
        foreach (var note in plan.Notes)
        {
            yield return "  " + note;
        }
    }

    private static string Cost(ModelPrice price, long input, long output) =>
        price.Known ? "$" + price.Cost(input, output).ToString("0.0000", CultureInfo.InvariantCulture) : "n/a";
}
