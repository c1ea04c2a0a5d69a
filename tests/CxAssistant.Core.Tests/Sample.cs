using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Scoring;
using CxAssistant.Core.Touchpoints;

namespace CxAssistant.Core.Tests;

/// <summary>Builds small evidence sets with their annotations for hand-calculated tests.</summary>
internal sealed class Sample
{
    public static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static readonly TouchpointCatalog Catalog = new(
        "test",
        [
            new Touchpoint
            {
                Id = "website",
                Name = "Website",
                Stage = JourneyStage.Consideration,
            },
            new Touchpoint
            {
                Id = "checkout",
                Name = "Checkout",
                Stage = JourneyStage.Purchase,
            },
            new Touchpoint
            {
                Id = "delivery",
                Name = "Delivery",
                Stage = JourneyStage.Delivery,
            },
            new Touchpoint
            {
                Id = "support",
                Name = "Support",
                Stage = JourneyStage.Support,
            },
        ]
    );

    private readonly List<EvidenceRecord> _records = [];
    private readonly List<Annotation> _annotations = [];

    public IReadOnlyList<EvidenceRecord> Records => _records;
    public IReadOnlyList<Annotation> Annotations => _annotations;

    public Sample Add(
        string[] touchpoints,
        double sentiment = 0,
        int? nps = null,
        string? customer = null,
        int? day = null,
        bool failure = false,
        bool effort = false,
        JobStateEvent job = JobStateEvent.None,
        string[]? pains = null,
        double? rating = null,
        double? csat = null,
        double? ces = null,
        string? speaker = null,
        Dictionary<string, string>? metadata = null,
        string text = "some feedback",
        Channel channel = Channel.Survey
    )
    {
        var id = "e" + (_records.Count + 1);
        _records.Add(
            new EvidenceRecord
            {
                Id = id,
                RecordId = id,
                Source = new SourceLocation("test.csv", _records.Count + 2),
                Channel = channel,
                Text = text,
                CustomerId = customer,
                Timestamp = day is { } d ? T0.AddDays(d) : null,
                Speaker = speaker,
                Rating = rating,
                Nps = nps,
                Csat = csat,
                Ces = ces,
                Metadata = metadata ?? new Dictionary<string, string>(),
            }
        );
        _annotations.Add(
            new Annotation
            {
                EvidenceId = id,
                Touchpoints = [.. touchpoints.Select(t => new TouchpointMention(t, 1, 0, 1))],
                Sentiment = sentiment,
                JobState = job,
                Failure = failure,
                Effort = effort,
                Cues = [.. (pains ?? []).Select(p => new Cue(CueLabels.Pain + p, 0, 1))],
            }
        );
        return this;
    }

    /// <summary>
    /// Adds a record whose touchpoints and sentiment cues sit on words of its text, as an annotator finds them: each
    /// touchpoint (id, word) is mentioned at that word's first occurrence, each cue (label, word) covers its word.
    /// </summary>
    public Sample AddSpans(
        string text,
        (string Id, string Word)[] touchpoints,
        (string Label, string Word)[] cues,
        double sentiment,
        double? rating = null
    )
    {
        Add([], sentiment, rating: rating, text: text);
        (int, int) At(string word)
        {
            var i = text.IndexOf(word, StringComparison.Ordinal);
            if (i < 0)
            {
                throw new ArgumentException($"'{word}' is not in '{text}'.", nameof(text));
            }
            return (i, i + word.Length);
        }
        _annotations[^1] = _annotations[^1] with
        {
            Touchpoints =
            [
                .. touchpoints.Select(t =>
                {
                    var (a, b) = At(t.Word);
                    return new TouchpointMention(t.Id, 1, a, b);
                }),
            ],
            Cues =
            [
                .. cues.Select(c =>
                {
                    var (a, b) = At(c.Word);
                    return new Cue(c.Label, a, b);
                }),
            ],
        };
        return this;
    }

    /// <summary>Adds <paramref name="count"/> identical records.</summary>
    public Sample Repeat(int count, Func<Sample, Sample> add)
    {
        for (var i = 0; i < count; i++)
        {
            add(this);
        }
        return this;
    }

    public ScoringInput Input(TouchpointCatalog? catalog = null) => new(_records, _annotations, catalog ?? Catalog);

    internal EvidenceIndex Index() => new(Input());

    internal IReadOnlyList<Mention> MentionsOf(string touchpointId) => Index().Mentions[touchpointId];
}
