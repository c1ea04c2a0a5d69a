using CxAssistant.Analysis.Text;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;

namespace CxAssistant.Chat.Conversation;

/// <summary>
/// One record that mentions a topic: where (the first matching word), and whether it complains about it.
/// </summary>
internal sealed record TopicHit(EvidenceRecord Record, Annotation Annotation, int Start, int End, bool Complaint);

/// <summary>
/// Which customer records mention a topic, for counts an owner can check: every topic word must occur in the record
/// as a word starting with the word's stem ("logging" finds "log in", "login", "logged"; "noise" finds "noisy"),
/// extended by at most four letters so "log" never finds "logistics". Only customers' own words count (agents' turns
/// and analytics rows are left out). A record complains about the topic when it is negative, a complaint or a
/// failure, or when the sentiment word nearest the topic is negative ("Disliked: very noisy room" in a positive
/// review).
/// </summary>
internal static class TopicMatch
{
    private const int MaxExtension = 4;
    private const int NearbyChars = 80;

    /// <summary>The stem a topic word is matched by.</summary>
    public static string Stem(string word)
    {
        var w = word.Replace("-", "", StringComparison.Ordinal).Replace("'s", "", StringComparison.Ordinal);
        if (w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal))
        {
            w = Undouble(w[..^3]);
        }
        else if (
            w.Length > 4
            && (w.EndsWith("ies", StringComparison.Ordinal) || w.EndsWith("ied", StringComparison.Ordinal))
        )
        {
            w = w[..^3];
        }
        else if (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal))
        {
            w = Undouble(w[..^2]);
        }
        else if (w.Length > 4 && w.EndsWith("es", StringComparison.Ordinal))
        {
            w = w[..^2];
        }
        else if (w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal))
        {
            w = w[..^1];
        }
        if (w.Length > 4 && (w.EndsWith('e') || w.EndsWith('y')))
        {
            w = w[..^1];
        }
        return w;
    }

    /// <summary>Records (customer voice) mentioning every word of <paramref name="topicWords"/>.</summary>
    public static List<TopicHit> Find(
        IReadOnlyList<EvidenceRecord> records,
        IReadOnlyList<Annotation> annotations,
        IReadOnlyList<string> topicWords
    )
    {
        // "log in" stays a phrase: the particle must follow the word ("log in", "logged in") or join it ("login").
        var stems = topicWords
            .Select(w =>
                w.Contains(' ', StringComparison.Ordinal)
                    ? Stem(w[..w.IndexOf(' ', StringComparison.Ordinal)])
                        + w[w.IndexOf(' ', StringComparison.Ordinal)..]
                    : Stem(w)
            )
            .Where(s => s.Length >= 2)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var hits = new List<TopicHit>();
        if (stems.Count == 0)
        {
            return hits;
        }
        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            if (!record.IsCustomerVoice)
            {
                continue;
            }
            var tokens = WordTokenizer.Tokenize(record.Text).Where(t => t.Kind != TokenKind.Punctuation).ToList();
            (int Start, int End)? first = null;
            var all = true;
            foreach (var stem in stems)
            {
                var found = Locate(tokens, stem);
                if (found.Value is null)
                {
                    all = false;
                    break;
                }
                first ??= (found.Start, found.End);
            }
            if (!all || first is null)
            {
                continue;
            }
            var annotation = annotations[i];
            hits.Add(
                new TopicHit(
                    record,
                    annotation,
                    first.Value.Start,
                    first.Value.End,
                    Complains(annotation, first.Value.Start)
                )
            );
        }
        return hits;
    }

    /// <summary>
    /// The first token matching the stem, or a phrase "stem particle" as two tokens or one joined token.
    /// </summary>
    private static Token Locate(List<Token> tokens, string stem)
    {
        var space = stem.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0)
        {
            return tokens.FirstOrDefault(t => Matches(t.Value, stem));
        }
        var (head, particle) = (stem[..space], stem[(space + 1)..]);
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i].Value.ToLowerInvariant().Replace("-", "", StringComparison.Ordinal);
            if (t == head + particle)
            {
                return tokens[i];
            }
            if (
                Matches(t, head)
                && i + 1 < tokens.Count
                && tokens[i + 1].Value.Equals(particle, StringComparison.OrdinalIgnoreCase)
            )
            {
                return tokens[i];
            }
        }
        return default;
    }

    private static bool Matches(string token, string stem)
    {
        var t = token.Replace("-", "", StringComparison.Ordinal);
        return t.StartsWith(stem, StringComparison.Ordinal) && t.Length - stem.Length <= MaxExtension;
    }

    private static bool Complains(Annotation annotation, int at)
    {
        if (
            annotation.SentimentLabel == SentimentLabel.Negative
            || annotation.Intent == Intent.Complaint
            || annotation.Failure
        )
        {
            return true;
        }
        var nearest = annotation
            .Cues.Where(c =>
                c.Label.StartsWith("sentiment:", StringComparison.Ordinal) && c.End - c.Start < NearbyChars
            )
            .Select(c =>
                (
                    c.Label,
                    Distance: c.End < at ? at - c.End
                    : c.Start > at ? c.Start - at
                    : 0
                )
            )
            .Where(c => c.Distance <= NearbyChars)
            .OrderBy(c => c.Distance)
            .FirstOrDefault();
        return nearest.Label == "sentiment:negative";
    }

    private static string Undouble(string w) =>
        w.Length >= 4 && w[^1] == w[^2] && w[^1] is 'b' or 'd' or 'g' or 'm' or 'n' or 'p' or 'r' or 't' ? w[..^1] : w;
}
