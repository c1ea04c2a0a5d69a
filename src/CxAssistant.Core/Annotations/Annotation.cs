using CxAssistant.Core.Evidence;

namespace CxAssistant.Core.Annotations;

/// <summary>
/// What an annotator read in one evidence item. Touchpoints are ordered primary first (empty when
/// nothing fits). Every label is backed by cues whose spans point into the evidence text.
/// </summary>
public sealed record Annotation
{
    public required string EvidenceId { get; init; }
    public IReadOnlyList<TouchpointMention> Touchpoints { get; init; } = [];

    /// <summary>−1 (very negative) … +1 (very positive).</summary>
    public double Sentiment { get; init; }
    public SentimentLabel SentimentLabel { get; init; } = SentimentLabel.Neutral;
    public IReadOnlyList<Emotion> Emotions { get; init; } = [];
    public Intent Intent { get; init; } = Intent.None;
    public JobStateEvent JobState { get; init; } = JobStateEvent.None;

    /// <summary>The customer had to work hard (waiting, repeating, chasing).</summary>
    public bool Effort { get; init; }

    /// <summary>Something did not work (broken, missing, late, wrong).</summary>
    public bool Failure { get; init; }

    /// <summary>Supporting spans for every label above.</summary>
    public IReadOnlyList<Cue> Cues { get; init; } = [];

    /// <summary>
    /// How sure the annotator is about the whole annotation (0–1); low values are sent to a model when one is
    /// configured.
    /// </summary>
    public double Confidence { get; init; } = 1;

    /// <summary>
    /// "offline", "model", "repaired", "fallback" or "corrected" (a team member corrected a label); for a record in a
    /// language the offline reader does not cover (<see cref="Language"/>): "rating" (sentiment from its rating or
    /// score, nothing read from the text), "not-read" (no rating either) or "translated" (a model's English translation
    /// was read; see <see cref="Translation"/>).
    /// </summary>
    public string Provenance { get; init; } = "offline";

    /// <summary>The labels a team member corrected ("touchpoints", "sentiment", "intent"); null when none.</summary>
    public IReadOnlyList<string>? Corrected { get; init; }

    /// <summary>
    /// The record's language (docs/languages.md); absent in analyses written before languages were detected.
    /// </summary>
    public RecordLanguage? Language { get; init; }

    /// <summary>
    /// The English a model translated the record into, when it was translated: the labels were read from it, and every
    /// span still points into the record's own text (the whole sentence a label came from; docs/languages.md).
    /// </summary>
    public string? Translation { get; init; }

    /// <summary>
    /// Sentiment from the rating or score only: the text is in a language the offline reader does not cover.
    /// </summary>
    public const string RatingProvenance = "rating";

    /// <summary>Nothing was read: a language the offline reader does not cover, and no rating or score.</summary>
    public const string NotReadProvenance = "not-read";

    /// <summary>Read from a model's English translation.</summary>
    public const string TranslatedProvenance = "translated";

    public string? PrimaryTouchpoint => Touchpoints.Count > 0 ? Touchpoints[0].TouchpointId : null;
}
