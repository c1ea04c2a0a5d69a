using CxAssistant.Core.Validation;

namespace CxAssistant.Agents.Drafters;

/// <summary>
/// The figures a draft may state: every number in the offline draft's own texts plus explicit core values.
/// </summary>
internal static class Figures
{
    public static IReadOnlyList<double> From(IEnumerable<string?> texts, params double[] values) =>
        [
            .. texts
                .Where(t => t is not null)
                .SelectMany(t => ClaimCheck.Numbers(t!))
                .Select(c => c.Value)
                .Concat(values),
        ];
}
