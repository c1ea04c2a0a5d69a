using System.Globalization;
using Microsoft.Extensions.AI.Evaluation;

namespace CxAssistant.Evals.Assertions;

/// <summary>
/// Labels against gold: for each field the case expects (<c>expect.sentiment: negative</c>), the output value at the
/// mapped path (<c>fields: { sentiment: annotations[0].sentimentLabel }</c>). Score = share of expected fields that
/// match. Gold and predicted labels go into the details so the run can compute accuracy and macro-F1 per field.
/// Fields the case does not expect are not scored.
/// </summary>
public sealed class LabelsEvaluator : AssertionEvaluator
{
    /// <summary>Detail key prefixes for gold and predicted labels.</summary>
    public const string GoldPrefix = "gold:",
        PredictedPrefix = "pred:";

    /// <inheritdoc />
    public override string Type => "labels";

    /// <inheritdoc />
    protected override ValueTask<AssertionOutcome> EvaluateAsync(
        CaseContext context,
        ChatConfiguration? judge,
        CancellationToken cancellationToken
    )
    {
        var fields = context.Spec.Get("fields") is { ValueKind: System.Text.Json.JsonValueKind.Object } f
            ? f.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "")
            : throw new AssertionException("'fields' must map expected field names to output paths.");
        var details = new Dictionary<string, string>();
        var checkedCount = 0;
        var correct = 0;
        var misses = new List<string>();
        foreach (var (field, path) in fields)
        {
            if (!context.Case.Expect.ContainsKey(field))
            {
                continue;
            }
            var gold = JsonPath.Label(context.Case.Expect[field]);
            var predicted = JsonPath.Label(JsonPath.First(context.Output, path));
            details[GoldPrefix + field] = gold;
            details[PredictedPrefix + field] = predicted;
            checkedCount++;
            if (string.Equals(gold, predicted, StringComparison.OrdinalIgnoreCase))
            {
                correct++;
            }
            else
            {
                misses.Add($"{field}: expected {gold}, got {predicted}");
            }
        }
        if (checkedCount == 0)
        {
            return ValueTask.FromResult(AssertionOutcome.Skip("the case expects none of the mapped fields"));
        }
        var reason = misses.Count == 0 ? $"all {checkedCount} labels match" : string.Join("; ", misses);
        return ValueTask.FromResult(
            AssertionOutcome.Scored((double)correct / checkedCount, reason) with
            {
                Details = details,
            }
        );
    }

    /// <summary>Formats a count for reasons.</summary>
    internal static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
