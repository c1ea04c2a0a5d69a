namespace CxAssistant.Analysis.Hypotheses;

/// <summary>
/// Words that only some kinds of business use ("product pages", "housekeeping", "arrival window"): in a hypothesis for
/// any other business they are advice from another industry. A business is of the kind when its preset's kind is one
/// of <see cref="Kinds"/>, or when its own customers use the words of <see cref="CustomersSay"/> (a preset covers
/// clinics, salons, trades at home and repair shops alike: only the records tell a dentist from a plumber).
/// </summary>
/// <param name="Words">Words of a hypothesis that belong to the kind.</param>
/// <param name="Kinds">Preset kinds the words always belong to.</param>
/// <param name="Name">How remedies name the kind in <see cref="Remedy.Said"/>; null when none does.</param>
/// <param name="CustomersSay">Words customers of this kind use ("engineer", "call-out"), found in its own records.</param>
/// <param name="Presets">
/// The preset kinds a business of this kind is read with (a gym is a local service, never an airline, whose customers
/// also say "class" and "member"); empty when any. A business with its own catalog is judged by its records alone.
/// </param>
public sealed record IndustryWords(
    IReadOnlyList<string> Words,
    IReadOnlyList<string> Kinds,
    string? Name = null,
    IReadOnlyList<string>? CustomersSay = null,
    IReadOnlyList<string>? Presets = null
)
{
    /// <summary>Whether customers' records can show that a business is of this kind.</summary>
    public bool Learned => CustomersSay is { Count: > 0 };

    /// <summary>Whether a business read with the preset <paramref name="business"/> can be of this kind.</summary>
    public bool Fits(string business) =>
        Presets is not { Count: > 0 } presets
        || business == Touchpoints.BusinessKind.None
        || presets.Contains(business, StringComparer.Ordinal);

    /// <summary>
    /// How many of the lower-cased texts say one of <see cref="CustomersSay"/> as a whole word (plural, -ed and -ing
    /// forms too: "engineers", "booked").
    /// </summary>
    public int Saying(IEnumerable<string> lowerTexts) =>
        CustomersSay is not { Count: > 0 } say ? 0 : lowerTexts.Count(t => say.Any(w => Says(t, w)));

    internal static bool Says(string lowerText, string word)
    {
        for (var at = lowerText.IndexOf(word, StringComparison.Ordinal); at >= 0; )
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(lowerText[at - 1])) && WordEnds(lowerText, end))
            {
                return true;
            }
            at = end < lowerText.Length ? lowerText.IndexOf(word, at + 1, StringComparison.Ordinal) : -1;
        }
        return false;
    }

    private static readonly string[] Endings = ["", "s", "es", "ed", "d", "ing"];

    private static bool WordEnds(string text, int end) =>
        Endings.Any(e =>
            end + e.Length <= text.Length
            && string.CompareOrdinal(text, end, e, 0, e.Length) == 0
            && (end + e.Length == text.Length || !char.IsLetterOrDigit(text[end + e.Length]))
        );
}
