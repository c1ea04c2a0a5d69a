using System.Text.RegularExpressions;
using CxAssistant.Core.Analysis;

namespace CxAssistant.Analysis.Hypotheses;

/// <summary>
/// Pulls the specifics a CX lead recognises from customers' own words: money amounts ("$6.40 handling fee",
/// "surcharge of 60p"), durations ("50 minutes on hold", "16 days") and named delivery partners ("FastShip").
/// Everything is returned as spans so a hypothesis can cite it verbatim.
/// </summary>
public static partial class HypothesisSpecifics
{
    /// <summary>
    /// Amounts in [start, end) of the text, with the fee word that follows or precedes them when there is one.
    /// </summary>
    public static IReadOnlyList<(int Start, int End)> Amounts(string text, int start = 0, int end = -1) =>
        Find(AmountPattern(), text, start, end);

    /// <summary>Durations in [start, end) of the text ("three and a half weeks", "47 min on hold").</summary>
    public static IReadOnlyList<(int Start, int End)> Durations(string text, int start = 0, int end = -1) =>
        Find(DurationPattern(), text, start, end);

    /// <summary>
    /// Delivery partners named in customer text: CamelCase brand names (not @handles) that share a sentence with a
    /// delivery word in at least two records, most mentioned first.
    /// </summary>
    public static IReadOnlyList<string> Partners(AnalysisResult analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var record in analysis.Records)
        {
            if (!record.IsCustomerVoice)
            {
                continue;
            }
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (Match m in BrandPattern().Matches(record.Text))
            {
                var (s, e) = Sentence(record.Text, m.Index, m.Index + m.Length);
                if (DeliveryWord().IsMatch(record.Text[s..e]) && seen.Add(m.Value))
                {
                    counts[m.Value] = counts.GetValueOrDefault(m.Value) + 1;
                }
            }
        }
        return
        [
            .. counts
                .Where(c => c.Value >= 2)
                .OrderByDescending(c => c.Value)
                .ThenBy(c => c.Key, StringComparer.Ordinal)
                .Select(c => c.Key),
        ];
    }

    /// <summary>The sentence of the text around [start, end) (<see cref="SentenceBounds"/>).</summary>
    public static (int Start, int End) Sentence(string text, int start, int end) =>
        SentenceBounds.Around(text, start, end);

    private static List<(int Start, int End)> Find(Regex pattern, string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (end < 0 || end > text.Length)
        {
            end = text.Length;
        }
        start = Math.Clamp(start, 0, end);
        var found = new List<(int, int)>();
        foreach (Match m in pattern.Matches(text[..end], start))
        {
            var e = m.Index + m.Length;
            while (e > m.Index && char.IsWhiteSpace(text[e - 1]))
            {
                e--;
            }
            if (e > m.Index)
            {
                found.Add((m.Index, e));
            }
        }
        return found;
    }

    [GeneratedRegex(
        @"(?:\b[a-z-]+\s+(?:[a-z-]+\s+)?(?:surcharge|"
            + @"fee)\s+of\s+)?(?<![\w.$£€])(?:[$£€]\s?\d{1,5}(?:\.\d{1,2})?|"
            + @"\d{1,3}p\b)(?:\s+(?:[a-z-]+\s+){0,2}?(?:fee|surcharge|deposit|charge|"
            + @"voucher|credit)s?\b)?",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex AmountPattern();

    [GeneratedRegex(
        @"\b(?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|"
            + @"eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|forty-five|"
            + @"forty-seven)(?:\s+and\s+a\s+half)?\s+(?:min(?:ute)?s?|hours?|hrs?|"
            + @"days?|weeks?|months?)\b(?:\s+(?:on\s+hold|late))?",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"(?<![@\w])[A-Z][a-z]+[A-Z][A-Za-z]+\b")]
    private static partial Regex BrandPattern();

    [GeneratedRegex(
        @"\b(?:carrier|courier|driver|deliver\w*|ship\w*|parcel|package|in transit|tracking|van|rider|dispatch\w*)\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex DeliveryWord();
}
