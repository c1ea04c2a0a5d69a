using CxAssistant.Analysis.Meaning;
using CxAssistant.Analysis.Touchpoints;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Safety;

namespace CxAssistant.Analysis.Annotators;

/// <summary>
/// The deterministic annotator: no model, no network. Tokenises each record once and runs the sentiment,
/// emotion, intent, job-state and pain components over it; every label comes with a cue span. Confidence
/// is low when the text gave little to go on or its signals conflict, so a model annotator can re-read
/// just those items. Thread-safe: components are stateless and lexicons are shared read-only.
/// </summary>
public sealed class OfflineAnnotator : IAnnotator
{
    public const string ProvenanceName = "offline";

    private readonly ITouchpointMatcher _matcher;
    private readonly SentimentAnalyzer _sentiment = new();
    private readonly EmotionDetector _emotions = new();
    private readonly IntentClassifier _intents = new();
    private readonly JobStateClassifier _jobs = new();
    private readonly PainDetector _pains = new();

    private readonly FeedbackMeaning? _meaning;

    /// <param name="matcher">The catalog's touchpoint matcher.</param>
    /// <param name="meaning">
    /// Prototypes for reading sentiment and job state by meaning where the rules find no words
    /// (<see cref="Annotate(EvidenceRecord, ReadOnlySpan{float})"/>); null reads by rules alone.
    /// </param>
    public OfflineAnnotator(ITouchpointMatcher matcher, FeedbackMeaning? meaning = null)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        _matcher = matcher;
        _meaning = meaning;
    }

    public Core.Annotations.Annotation Annotate(EvidenceRecord record) => Annotate(record, default);

    /// <summary>
    /// Annotates with the record's meaning: <paramref name="vector"/> is its unit vector in the encoder's space (see
    /// <see cref="MeaningSpace"/>), empty for none. Meaning decides only what the rules leave open; a label it gives
    /// carries a <c>meaning:</c> cue and low confidence.
    /// </summary>
    public Core.Annotations.Annotation Annotate(EvidenceRecord record, ReadOnlySpan<float> vector)
    {
        ArgumentNullException.ThrowIfNull(record);
        // Customer text is untrusted: what addresses a machine ("ignore all previous instructions…", markup, JSON) is
        // blanked before reading, so a record cannot steer its own labels. Offsets are unchanged; the spans become
        // cues.
        return Annotate(record, vector, PayloadScreen.Find(record.Text ?? string.Empty));
    }

    /// <summary>
    /// As <see cref="Annotate(EvidenceRecord, ReadOnlySpan{float})"/>, with the record's text already screened:
    /// <paramref name="payload"/> is <see cref="PayloadScreen.Find"/> of its text (the pipeline screens each record
    /// once for meaning and labels).
    /// </summary>
    public Core.Annotations.Annotation Annotate(
        EvidenceRecord record,
        ReadOnlySpan<float> vector,
        IReadOnlyList<PayloadScreen.Span> payload
    )
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(payload);
        var text = PayloadScreen.Mask(record.Text ?? string.Empty, payload);
        var analysis = new TextAnalysis(text);
        var touchpoints = _matcher.Match(text);
        var intentCues = IntentCues.Find(analysis);
        // CSAT shares the 1–5 scale of a star rating and stands in for it when no rating is given. Meaning leans a
        // customer's statement only: a question or request with no feeling words is neutral (measured on the
        // project's labelled sets, where prototypes otherwise read "what's the policy on…" as polar), and an agent's
        // turn or an analytics row is read by the rules alone (the probe read a shop's phone greeting as praise).
        var sentiment = _sentiment.Analyze(
            analysis,
            record.Rating ?? record.Csat,
            record.Nps,
            intentCues.IsRequest || !record.IsCustomerVoice ? default : new MeaningReader(_meaning, vector)
        );
        var pains = _pains.Detect(analysis);
        var emotions = _emotions.Detect(analysis, sentiment, pains);
        // A business turn ("I can give you a 10% code") is read by the rules alone: meaning would find the customer's
        // job states in the agent's offers.
        var job = _jobs.Classify(
            analysis,
            intentCues,
            sentiment.Label == SentimentLabel.Negative,
            record.IsBusinessSpeaker ? default : new MeaningReader(_meaning, vector),
            sentiment.Label == SentimentLabel.Positive
        );
        var intent = _intents.Classify(analysis, intentCues, sentiment, job.State, record.Channel != Channel.Review);

        var cues = new List<Cue>(touchpoints.Count + sentiment.Cues.Count + emotions.Count + pains.Cues.Count + 2);
        foreach (var t in touchpoints)
        {
            cues.Add(new Cue(CueLabels.Touchpoint + t.TouchpointId, t.Start, t.End));
        }
        cues.AddRange(sentiment.Cues);
        var emotionList = new Emotion[emotions.Count];
        for (var i = 0; i < emotions.Count; i++)
        {
            var e = emotions[i];
            emotionList[i] = e.Emotion;
            cues.Add(new Cue(CueLabels.Emotion + EmotionName(e.Emotion), e.Start, e.End));
        }
        if (intent.Intent != Intent.None)
        {
            cues.Add(new Cue(CueLabels.Intent + IntentName(intent.Intent), intent.Start, intent.End));
        }
        if (job.State != JobStateEvent.None)
        {
            cues.Add(new Cue(CueLabels.Job + job.State.ToString().ToLowerInvariant(), job.Start, job.End));
        }
        cues.AddRange(pains.Cues);
        if (sentiment.MeaningCue is not null)
        {
            cues.Add(new Cue(CueLabels.Meaning + "sentiment", 0, text.Length));
        }
        if (job.MeaningCue is not null)
        {
            cues.Add(new Cue(CueLabels.Meaning + "job", job.Start, job.End));
        }
        foreach (var p in payload)
        {
            cues.Add(new Cue(CueLabels.Payload + p.Kind.ToString().ToLowerInvariant(), p.Start, p.End));
        }

        return new Core.Annotations.Annotation
        {
            EvidenceId = record.Id,
            Touchpoints = touchpoints,
            Sentiment = Math.Round(sentiment.Score, 4),
            SentimentLabel = sentiment.Label,
            Emotions = emotionList,
            Intent = intent.Intent,
            JobState = job.State,
            Effort = pains.Effort,
            Failure = pains.Failure,
            Cues = cues,
            Confidence = Confidence(analysis, sentiment, intent, job),
            Provenance = ProvenanceName,
        };
    }

    /// <summary>Sentiment carries most of the weight; very short or cue-less texts are capped low.</summary>
    private static double Confidence(TextAnalysis a, SentimentResult s, IntentResult i, JobStateResult j)
    {
        var c = 0.55 * s.Confidence + 0.25 * i.Confidence + 0.2 * j.Confidence;
        if (a.Count < 3)
        {
            c = Math.Min(c, 0.35);
        }
        return Math.Round(Math.Clamp(c, 0, 1), 3);
    }

    /// <summary>
    /// True when meaning may lean a text's sentiment: the rules found no sentiment word, or left the text neutral (words
    /// too weak or too balanced: the probe may decide), and the text asks nothing (the rule
    /// <see cref="Annotate(EvidenceRecord, ReadOnlySpan{float})"/> applies; for callers that embed lazily).
    /// </summary>
    internal static bool MeaningMayLean(TextAnalysis a, SentimentResult rules) =>
        (rules.PositiveMass + rules.NegativeMass == 0 || rules.Label == SentimentLabel.Neutral)
        && !IntentCues.Find(a).IsRequest;

    internal static string EmotionName(Emotion e) => e.ToString().ToLowerInvariant();

    internal static string IntentName(Intent i) =>
        i switch
        {
            Intent.HelpRequest => "help-request",
            _ => i.ToString().ToLowerInvariant(),
        };
}
