using CxAssistant.Analysis.Text;
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
        bool effort = false,
            failure = false;
        foreach (var m in Lexicons.Pains.Match(a))
        {
            if (IsNegated(a, m.Start))
            {
                continue;
            }
            var (start, end) = a.Span(m.Start, m.End);
            foreach (var label in m.Value)
            {
                if (label.StartsWith(CueLabels.Pain, StringComparison.Ordinal))
                {
                    var kind = label[CueLabels.Pain.Length..];
                    if (!kinds.Contains(kind))
                    {
                        kinds.Add(kind);
                    }
                }
                else if (label.StartsWith(CueLabels.Effort, StringComparison.Ordinal))
                {
                    effort = true;
                }
                else if (label.StartsWith(CueLabels.Failure, StringComparison.Ordinal))
                {
                    failure = true;
                }
                cues.Add(new Cue(label, start, end));
            }
        }
        if (QuoteThenCharge(a) is { } gap && !kinds.Contains(HiddenFee))
        {
            kinds.Add(HiddenFee);
            failure = true;
            cues.Add(new Cue(CueLabels.Pain + HiddenFee, gap.Start, gap.End));
            cues.Add(new Cue(CueLabels.Failure + "wrong-charge", gap.Start, gap.End));
        }
        return new PainResult(cues, kinds, effort, failure);
    }

    private const string HiddenFee = PainKind.HiddenFee;
    private const int AmountWithin = 3;

    /// <summary>
    /// "Quoted £45, charged £82", "estimate was 200 but they billed 350": a quoted amount, then a charged one.
    /// Written as code because a phrase cannot span the comma between them.
    /// </summary>
    private static (int Start, int End)? QuoteThenCharge(TextAnalysis a)
    {
        for (var i = 0; i < a.Count; i++)
        {
            if (a.Words[i] is not ("quoted" or "quote" or "estimate" or "estimated") || Amount(a, i) < 0)
            {
                continue;
            }
            for (var j = i + 1; j < a.Count; j++)
            {
                if (
                    a.Words[j] is "charged" or "billed" or "invoiced" or "charge" or "bill"
                    && Amount(a, j) is var k and >= 0
                )
                {
                    return a.Span(i, k + 1);
                }
            }
        }
        return null;
    }

    /// <summary>The index of the first number within a few tokens after <paramref name="i"/>, −1 when none.</summary>
    private static int Amount(TextAnalysis a, int i)
    {
        for (var k = i + 1; k < a.Count && k <= i + AmountWithin; k++)
        {
            if (a.Kinds[k] == TokenKind.Number)
            {
                return k;
            }
        }
        return -1;
    }

    private static bool IsNegated(TextAnalysis a, int start)
    {
        if (Lexicons.Negators.Contains(a.Words[start]))
        {
            return false;
        }
        for (var k = start - 1; k >= 0 && k >= start - 2; k--)
        {
            if (a.IsPunctuation(k))
            {
                return false;
            }
            var w = a.Words[k];
            if (w is "no" or "not" or "never" or "without" or "didn't" or "wasn't" or "isn't")
            {
                return true;
            }
        }
        return false;
    }
}
