using CxAssistant.Core.Annotations;

namespace CxAssistant.Analysis.Annotators;

/// <summary>
/// Recognises recurring pain patterns (<see cref="PainKind"/>) plus effort and failure cues from pains.txt.
/// A cue negated in its clause ("no delay", "didn't have to wait") is dropped unless the phrase itself
/// carries the negation ("no response"). Thread-safe.
/// </summary>
public sealed class PainDetector
{
    public PainResult Detect(string text) => Detect(new TextAnalysis(text ?? string.Empty));

    internal PainResult Detect(TextAnalysis a)
    {
        var cues = new List<Cue>();
        var kinds = new List<string>();
        bool effort = false, failure = false;
        foreach (var m in Lexicons.Pains.Match(a))
        {
            if (IsNegated(a, m.Start)) continue;
            var (start, end) = a.Span(m.Start, m.End);
            foreach (var label in m.Value)
            {
                if (label.StartsWith(CueLabels.Pain, StringComparison.Ordinal))
                {
                    var kind = label[CueLabels.Pain.Length..];
                    if (!kinds.Contains(kind)) kinds.Add(kind);
                }
                else if (label.StartsWith(CueLabels.Effort, StringComparison.Ordinal)) effort = true;
                else if (label.StartsWith(CueLabels.Failure, StringComparison.Ordinal)) failure = true;
                cues.Add(new Cue(label, start, end));
            }
        }
        return new PainResult(cues, kinds, effort, failure);
    }

    private static bool IsNegated(TextAnalysis a, int start)
    {
        if (Lexicons.Negators.Contains(a.Words[start])) return false;
        for (var k = start - 1; k >= 0 && k >= start - 2; k--)
        {
            if (a.IsPunctuation(k)) return false;
            var w = a.Words[k];
            if (w is "no" or "not" or "never" or "without" or "didn't" or "wasn't" or "isn't") return true;
        }
        return false;
    }
}
