using CxAssistant.Analysis.Meaning;
using CxAssistant.Core.Annotations;

namespace CxAssistant.Analysis.Annotators;

/// <summary>
/// Places a message in the customer's job loop (seed 002). Cue phrases from jobs.txt vote with weights;
/// the object of the request decides rather than its form, so "how do I cancel my order" is a cancel and
/// "how long does delivery take" is information. Ties go to the state that needs the business most:
/// cancel, blocker, spawn, done, service, information. Thread-safe.
/// </summary>
public sealed class JobStateClassifier
{
    private static readonly JobStateEvent[] TieOrder =
    [
        JobStateEvent.Cancel,
        JobStateEvent.Blocker,
        JobStateEvent.Spawn,
        JobStateEvent.Done,
        JobStateEvent.Service,
        JobStateEvent.Information,
    ];

    /// <summary>Below this weight a cue ("invoice", "change") only counts when the text asks for something.</summary>
    private const double StrongCue = 3;

    /// <summary>
    /// Texts this short (tokens) that are not complaints read as requests even without a request phrase.
    /// </summary>
    private const int ShortRequestTokens = 10;

    public JobStateResult Classify(string text)
    {
        var a = new TextAnalysis(text ?? string.Empty);
        return Classify(a, IntentCues.Find(a));
    }

    /// <summary>Least lead of a state over the next for meaning to place a request the cue phrases did not.</summary>
    public double MeaningMargin { get; init; } = 0.02;

    /// <summary>
    /// Least probability the trained probe gives a request state for it to overrule the single state cue phrases voted
    /// for (chosen on the project's labelled sets: the lowest that changes nothing on language.holdout).
    /// </summary>
    public double ProbeOverrule { get; init; } = 0.6;

    /// <summary>
    /// Least probability that a text asks for something, by the trained probe, for a statement no request form marks
    /// ("reserve a table for 3 at 5pm", "my card was eaten by the machine, report it") to be placed in a state.
    /// </summary>
    public double ProbeRequest { get; init; } = 0.7;

    internal JobStateResult Classify(
        TextAnalysis a,
        IntentCues cues,
        bool negativeTone = false,
        MeaningReader meaning = default,
        bool positiveTone = false
    )
    {
        // Narratives ("we asked to change rooms") mention service words without asking for anything; information
        // needs and weak service cues only count in requests, questions and very short neutral messages
        // ("refund for order 123", "payment methods").
        var request = cues.IsRequest || a.Count <= ShortRequestTokens && !negativeTone;
        Span<double> votes = stackalloc double[7];
        Span<int> firstStart = stackalloc int[7];
        Span<int> firstEnd = stackalloc int[7];
        var any = false;
        foreach (var m in Lexicons.Jobs.Match(a))
        {
            if (IsNegated(a, m.Start))
            {
                continue;
            }
            if (!request && (m.Value.State == JobStateEvent.Information || m.Value.Weight < StrongCue))
            {
                continue;
            }
            var s = (int)m.Value.State;
            if (votes[s] == 0)
            {
                (firstStart[s], firstEnd[s]) = a.Span(m.Start, m.End);
            }
            votes[s] += m.Value.Weight;
            // "none" cues (weight 0: "noise cancelling", "flight cancelled") only block their words.
            any |= m.Value.Weight > 0;
        }
        if (!any)
        {
            // Only a real request form ("please…", "can you…", "will my…", "cancel…") is placed without a cue phrase;
            // a short statement ("heading home now") that merely counts as a request for weak cues is not.
            if (AsksOpenly(a, cues, negativeTone))
            {
                return ByMeaningOrForm(a, cues, negativeTone, meaning);
            }
            if (AsksByMeaning(cues, negativeTone, positiveTone, meaning))
            {
                return ByProbe(a, cues, meaning);
            }
            var mark = request ? a.Text.IndexOf('?') : -1;
            return mark >= 0
                ? new JobStateResult(JobStateEvent.Information, mark, mark + 1, 0.4)
                : new JobStateResult(JobStateEvent.None, 0, 0, 0.5);
        }

        var best = JobStateEvent.None;
        double bestVote = 0,
            total = 0;
        foreach (var state in TieOrder)
        {
            var v = votes[(int)state];
            total += v;
            if (v > bestVote)
            {
                best = state;
                bestVote = v;
            }
        }
        if (request && ProbeChooses(votes, meaning) is { } chosen)
        {
            // Cue phrases of several states in one request ("change my order or cancel it"): the trained probe
            // decides between them; the span stays the chosen state's own cue.
            var s = (int)chosen.State;
            return new JobStateResult(chosen.State, firstStart[s], firstEnd[s], chosen.Confidence)
            {
                MeaningCue = chosen.Reason,
            };
        }
        if (
            request
            && IsProbeState(best)
            && meaning.Job() is { Probabilities: not null } probe
            && probe.Score >= ProbeOverrule
            && Enum.TryParse<JobStateEvent>(probe.Label, true, out var overruled)
            && overruled != best
        )
        {
            // One cue phrase ("reservation" -> service) against a clear reading of the whole request ("does this
            // place take reservations" asks for information): the probe decides; the span is the request's words.
            var (start, end) = RequestSpan(a, cues);
            var probeConfidence = Math.Round(Math.Clamp(0.25 + 0.35 * probe.Score, 0.35, 0.6), 3);
            return new JobStateResult(overruled, start, end, probeConfidence) { MeaningCue = probe.Prototype };
        }
        var share = bestVote / total;
        var confidence = Math.Round(Math.Clamp(0.35 + 0.5 * share + 0.05 * bestVote, 0.3, 0.95), 3);
        return new JobStateResult(best, firstStart[(int)best], firstEnd[(int)best], confidence);
    }

    /// <summary>
    /// A statement no request form marks that asks for something by meaning: the trained probe says so, it is neither
    /// praise nor a suggestion ("it would be great if…" asks for a change, not a service), and a complaint counts only
    /// when it is put as a question ("why can't I log in"), not as a narrative
    /// ("it logs me out and I have to enter the code again").
    /// </summary>
    private bool AsksByMeaning(IntentCues cues, bool negativeTone, bool positiveTone, MeaningReader meaning) =>
        !positiveTone
        && cues.Suggestion is null
        && (!negativeTone || cues.Question is not null)
        && meaning.Request() is { } p
        && p >= ProbeRequest;

    private static JobStateResult ByProbe(TextAnalysis a, IntentCues cues, MeaningReader meaning)
    {
        if (meaning.Job() is not { } v || !Enum.TryParse<JobStateEvent>(v.Label, true, out var state))
        {
            return new JobStateResult(JobStateEvent.None, 0, 0, 0.5);
        }
        var (start, end) = RequestSpan(a, cues);
        return new JobStateResult(state, start, end, Math.Round(Math.Clamp(0.2 + 0.3 * v.Score, 0.3, 0.5), 3))
        {
            MeaningCue = v.Prototype,
        };
    }

    /// <summary>The words that make the text a request (its question, plea or command), else the whole text.</summary>
    private static (int Start, int End) RequestSpan(TextAnalysis a, IntentCues cues) =>
        cues.Question ?? cues.Help ?? cues.Ask ?? cues.Imperative ?? cues.WeakHelp ?? (0, a.Text.Length);

    /// <summary>
    /// Among the states that cue phrases voted for, the one the trained probe finds most probable; null when fewer
    /// than two of the probe's states were voted for, or there is no probe (prototypes do not judge cue phrases).
    /// </summary>
    private static (JobStateEvent State, double Confidence, string Reason)? ProbeChooses(
        ReadOnlySpan<double> votes,
        MeaningReader meaning
    )
    {
        var candidates = 0;
        foreach (var state in TieOrder)
        {
            if (votes[(int)state] > 0 && IsProbeState(state))
            {
                candidates++;
            }
        }
        if (candidates < 2 || meaning.Job() is not { Probabilities: { } p } vote)
        {
            return null;
        }
        JobStateEvent? best = null;
        var bestP = -1.0;
        foreach (var state in TieOrder)
        {
            if (votes[(int)state] <= 0 || !p.TryGetValue(state.ToString().ToLowerInvariant(), out var q))
            {
                continue;
            }
            if (q > bestP)
            {
                (best, bestP) = (state, q);
            }
        }
        return best is { } b ? (b, Math.Round(Math.Clamp(0.35 + 0.4 * bestP, 0.35, 0.75), 3), vote.Prototype) : null;
    }

    private static bool IsProbeState(JobStateEvent state) =>
        state is JobStateEvent.Information or JobStateEvent.Service or JobStateEvent.Blocker or JobStateEvent.Cancel;

    /// <summary>
    /// A request whose object no cue phrase names ("put a stop on my card", "will my card expire soon"): its meaning
    /// places it when one state leads clearly (the span is the request's own words); otherwise a question still asks
    /// for information ("is the lounge open 24h?").
    /// </summary>
    private JobStateResult ByMeaningOrForm(TextAnalysis a, IntentCues cues, bool negativeTone, MeaningReader meaning)
    {
        var (start, end) = RequestSpan(a, cues);
        // A trained probe always places a request (it was trained on requests only); prototypes need a clear lead.
        if (
            meaning.Job() is { } v
            && (v.Probabilities is not null || v.Margin >= MeaningMargin)
            && Enum.TryParse<JobStateEvent>(v.Label, true, out var state)
        )
        {
            var confidence = v.Probabilities is not null
                ? Math.Round(Math.Clamp(0.25 + 0.35 * v.Score, 0.35, 0.6), 3)
                : Math.Round(Math.Clamp(0.35 + 2 * v.Margin, 0.35, 0.6), 3);
            return new JobStateResult(state, start, end, confidence) { MeaningCue = v.Prototype };
        }
        // An exclamation opened like a question ("how rude they were") is not one: in a complaint only '?' counts.
        var question = negativeTone
            ? (a.Text.IndexOf('?') is var mark and >= 0 ? (mark, mark + 1) : ((int, int)?)null)
            : cues.Question;
        return question is { } q
            ? new JobStateResult(JobStateEvent.Information, q.Item1, q.Item2, 0.4)
            : new JobStateResult(JobStateEvent.None, 0, 0, 0.5);
    }

    /// <summary>
    /// The text is put as a request: "please…", "can you…" or a question mark anywhere; in a neutral text also a
    /// question or command opening ("will my card…", "transfer £10…") or "I need…" opening a sentence or clause. A
    /// complaint's narrative ("Check in took an hour", "it logs me out and I have to enter the code again") is not.
    /// </summary>
    private static bool AsksOpenly(TextAnalysis a, IntentCues cues, bool negativeTone)
    {
        if (cues.Help is not null || cues.Ask is not null || a.Text.Contains('?', StringComparison.Ordinal))
        {
            return true;
        }
        if (negativeTone)
        {
            return false;
        }
        return cues.Question is not null
            || cues.Imperative is not null
            || cues.WeakHelp is { } w && OpensSentence(a.Text, w.Start);
    }

    private static bool OpensSentence(string text, int start)
    {
        var before = text.AsSpan(0, start).TrimEnd();
        return before.IsEmpty || before[^1] is '.' or '!' or '?' or ',' or ';';
    }

    /// <summary>
    /// "I don't want to cancel" or "no error" must not vote; phrases that carry their own negation still do.
    /// </summary>
    private static bool IsNegated(TextAnalysis a, int start)
    {
        if (Lexicons.Negators.Contains(a.Words[start]))
        {
            return false;
        }
        var k = start - 1;
        if (k >= 0 && a.Words[k] is "to" or "want" && k - 1 >= 0)
        {
            k--;
        }
        if (k >= 0 && a.Words[k] is "want" or "to")
        {
            k--;
        }
        return k >= 0 && a.Words[k] is "don't" or "not" or "no" or "never" or "without";
    }
}
