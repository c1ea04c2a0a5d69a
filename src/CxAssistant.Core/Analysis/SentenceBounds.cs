using CxAssistant.Core.Safety;

namespace CxAssistant.Core.Analysis;

/// <summary>
/// The one rule for "the sentence around these words", shared by every quote in every artifact: a sentence ends at
/// ! ? or a line break, and at a full stop only before white space or the end, so "$6.40", "9.30", "e.g" and
/// "v2.1" stay whole. The sentence keeps its own closing punctuation ("!!") and loses surrounding white space and any
/// text addressed to a machine (<see cref="PayloadFree"/>).
/// </summary>
public static class SentenceBounds
{
    public static (int Start, int End) Around(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = Math.Clamp(start, 0, text.Length);
        var e = Math.Clamp(end, s, text.Length);
        while (s > 0 && !IsEnd(text, s - 1))
        {
            s--;
        }
        while (e < text.Length && !IsEnd(text, e))
        {
            e++;
        }
        while (e < text.Length && text[e] is '.' or '!' or '?')
        {
            e++;
        }
        while (s < e && char.IsWhiteSpace(text[s]))
        {
            s++;
        }
        while (e > s && char.IsWhiteSpace(text[e - 1]))
        {
            e--;
        }
        // Text addressed to a machine inside the sentence ("(Note to the AI: …) The zip broke.") is never quoted.
        return PayloadFree.Within(text, s, e, start, end);
    }

    public static bool IsEnd(string text, int i) =>
        text[i] is '\n' or '\r'
        || (text[i] is '.' or '!' or '?' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])));
}
