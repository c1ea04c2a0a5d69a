using System.Collections.Frozen;
using System.Globalization;

namespace CxAssistant.Analysis.Annotators;

/// <summary>
/// The embedded lexicons, compiled once per process (type initialisation is thread-safe) and shared
/// read-only by every analyzer instance.
/// </summary>
internal static class Lexicons
{
    public static readonly PhraseLexicon<SentimentEntry> Sentiment = LoadSentiment(mixed: false).Sentiment;
    public static readonly PhraseLexicon<SentimentEntry> MixedVerdict = LoadSentiment(mixed: true).Mixed;
    public static readonly PhraseLexicon<string[]> Emotions = LexiconReader.ReadMultiLabel("emotions.txt");
    public static readonly PhraseLexicon<string[]> Pains = LexiconReader.ReadMultiLabel("pains.txt");
    public static readonly PhraseLexicon<string[]> Intents = LexiconReader.ReadMultiLabel("intents.txt");
    public static readonly PhraseLexicon<JobCue> Jobs = LoadJobs();

    public static readonly FrozenSet<string> Negators = FrozenSet.ToFrozenSet(
        [
            "not",
            "no",
            "never",
            "don't",
            "didn't",
            "doesn't",
            "isn't",
            "wasn't",
            "aren't",
            "weren't",
            "can't",
            "couldn't",
            "won't",
            "wouldn't",
            "haven't",
            "hasn't",
            "hadn't",
            "shouldn't",
            "ain't",
            "without",
            "hardly",
            "nobody",
            "neither",
            "nor",
            "nothing",
        ],
        StringComparer.Ordinal
    );

    public static readonly FrozenSet<string> Intensifiers = FrozenSet.ToFrozenSet(
        [
            "very",
            "so",
            "really",
            "extremely",
            "super",
            "incredibly",
            "absolutely",
            "totally",
            "completely",
            "highly",
            "truly",
            "utterly",
            "seriously",
            "insanely",
            "ridiculously",
            "too",
            "such",
            "most",
            "especially",
            "exceptionally",
            "beyond",
            "unbelievably",
            "terribly",
            "awfully",
            "deeply",
            "massively",
            "hugely",
            "sooo",
            "soooo",
            "veryy",
            "real",
            "damn",
            "freaking",
            "fucking",
            "bloody",
        ],
        StringComparer.Ordinal
    );

    public static readonly FrozenSet<string> Downtoners = FrozenSet.ToFrozenSet(
        [
            "bit",
            "little",
            "slightly",
            "somewhat",
            "kinda",
            "sorta",
            "fairly",
            "rather",
            "barely",
            "mostly",
            "partly",
            "marginally",
            "reasonably",
            "relatively",
        ],
        StringComparer.Ordinal
    );

    /// <summary>Positive words people also use sarcastically after a complaint ("great, another delay").</summary>
    public static readonly FrozenSet<string> SarcasmProne = FrozenSet.ToFrozenSet(
        [
            "great",
            "love",
            "loving",
            "loved",
            "thanks",
            "thank",
            "awesome",
            "nice",
            "fantastic",
            "wonderful",
            "perfect",
            "brilliant",
            "lovely",
            "amazing",
            "appreciate",
            "fun",
            "cool",
            "impressive",
            "excellent",
            "superb",
            "outstanding",
            "cheers",
            "yay",
        ],
        StringComparer.Ordinal
    );

    /// <summary>sentiment.txt holds valences and, under the key "mixed", the verdict words of mixed reviews.</summary>
    private static (PhraseLexicon<SentimentEntry> Sentiment, PhraseLexicon<SentimentEntry> Mixed) LoadSentiment(
        bool mixed
    )
    {
        var lexicon = new PhraseLexicon<SentimentEntry>();
        var verdicts = new PhraseLexicon<SentimentEntry>();
        foreach (var (key, phrase) in LexiconReader.Read("sentiment.txt"))
        {
            if (key == "mixed")
            {
                if (mixed)
                {
                    verdicts.Add(phrase, new SentimentEntry(0, true));
                }
                continue;
            }
            if (mixed)
            {
                continue;
            }
            var fixedIdiom = key.EndsWith('!');
            lexicon.Add(
                phrase,
                new SentimentEntry(double.Parse(fixedIdiom ? key[..^1] : key, CultureInfo.InvariantCulture), fixedIdiom)
            );
        }
        return (lexicon, verdicts);
    }

    private static PhraseLexicon<JobCue> LoadJobs()
    {
        var lexicon = new PhraseLexicon<JobCue>();
        foreach (var (key, phrase) in LexiconReader.Read("jobs.txt"))
        {
            var colon = key.IndexOf(':');
            var state = Enum.Parse<Core.Annotations.JobStateEvent>(key[..colon], ignoreCase: true);
            lexicon.Add(phrase, new JobCue(state, double.Parse(key[(colon + 1)..], CultureInfo.InvariantCulture)));
        }
        return lexicon;
    }
}
