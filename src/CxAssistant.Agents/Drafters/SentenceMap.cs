using CxAssistant.Core.Analysis;
using CxAssistant.Core.Annotations;

namespace CxAssistant.Agents.Drafters;

/// <summary>
/// A record's sentences and, once translated, where each sentence's English sits in the joined translation, so a label
/// read from the translation points back to the whole original sentence (or sentences) it came from.
/// </summary>
internal sealed class SentenceMap
{
    private readonly List<(int Start, int End)> _original = [];
    private readonly List<(int Start, int End)> _english = [];

    public SentenceMap(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var (s, e) = SentenceBounds.Around(text, start, start);
            if (e > s)
            {
                _original.Add((s, e));
            }
            var next = Math.Max(e, start) + 1;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
            {
                next++;
            }
            start = next;
        }
        Text = text;
    }

    public string Text { get; }

    public IReadOnlyList<(int Start, int End)> Sentences => _original;

    /// <summary>Joins the sentences' English with spaces and remembers where each one sits.</summary>
    public string Join(IReadOnlyList<string> english)
    {
        _english.Clear();
        var joined = new System.Text.StringBuilder();
        foreach (var sentence in english)
        {
            if (joined.Length > 0)
            {
                joined.Append(' ');
            }
            _english.Add((joined.Length, joined.Length + sentence.Length));
            joined.Append(sentence);
        }
        return joined.ToString();
    }

    /// <summary>
    /// The original span covering every sentence whose English overlaps [start, end) of the translation.
    /// </summary>
    public (int Start, int End) ToOriginal(int start, int end)
    {
        int first = -1,
            last = -1;
        for (var k = 0; k < _english.Count; k++)
        {
            var (s, e) = _english[k];
            var overlaps = start < e && end > s || start == end && start >= s && start <= e;
            if (!overlaps)
            {
                continue;
            }
            if (first < 0)
            {
                first = k;
            }
            last = k;
        }
        return first < 0 ? (0, Text.Length) : (_original[first].Start, _original[last].End);
    }

    /// <summary>The annotation with every span moved from the translation into the original text.</summary>
    public Annotation MapBack(Annotation read) =>
        read with
        {
            Touchpoints =
            [
                .. read.Touchpoints.Select(t =>
                    ToOriginal(t.Start, t.End) is var (s, e) ? t with { Start = s, End = e } : t
                ),
            ],
            Cues =
            [
                .. read.Cues.Select(c => ToOriginal(c.Start, c.End) is var (s, e) ? c with { Start = s, End = e } : c),
            ],
        };
}
