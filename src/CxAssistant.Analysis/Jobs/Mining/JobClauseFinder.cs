using System.Text.RegularExpressions;
using CxAssistant.Core.Evidence;

namespace CxAssistant.Analysis.Jobs.Mining;

/// <summary>
/// Finds the job language in one record: goal, struggle, circumstance, performer and workaround phrases and the
/// forces. Only the customer's own words count (business speakers and analytics lines are skipped). A phrase inside
/// another of the same kind is kept once.
/// </summary>
internal static class JobClauseFinder
{
    public static List<JobClause> Find(EvidenceRecord record, int index, JobLanguage language)
    {
        var found = new List<JobClause>();
        if (!record.IsCustomerVoice || record.Text.Length == 0)
        {
            return found;
        }
        var text = record.Text;
        // Most records hold none of the words a pattern needs: the pattern is not run on them.
        var filters = language.Filters;
        Span<bool> mayMatch = filters.Count <= 256 ? stackalloc bool[filters.Count] : new bool[filters.Count];
        filters.Evaluate(text, mayMatch);
        var n = 0;
        foreach (var (kind, patterns) in language.Patterns)
        {
            foreach (var pattern in patterns)
            {
                if (!mayMatch[n++])
                {
                    continue;
                }
                foreach (var m in Matches(pattern, text))
                {
                    var group =
                        m.Groups["clause"].Success ? m.Groups["clause"]
                        : m.Groups["role"].Success ? m.Groups["role"]
                        : m.Groups[0];
                    if (found.Any(f => f.Kind == kind && f.Start <= m.Index && m.Index < f.End))
                    {
                        continue;
                    }
                    if (
                        (kind is JobClauseKind.Struggle || kind is JobClauseKind.Goal && OpensOnAWish(m.Value))
                        && SaidOfOthers(text, m, language)
                    )
                    {
                        continue;
                    }
                    found.Add(
                        new JobClause(index, kind, m.Index, m.Index + m.Length, Verb(pattern, m) + group.Value.Trim())
                    );
                }
            }
        }
        return found;
    }

    // A goal said with its subject's verb ("trying to…", "needed…"); "great for finding…" is said of the place.
    private static bool OpensOnAWish(string match) =>
        match.StartsWith("try", StringComparison.OrdinalIgnoreCase)
        || match.StartsWith("tried", StringComparison.OrdinalIgnoreCase)
        || match.StartsWith("want", StringComparison.OrdinalIgnoreCase)
        || match.StartsWith("need", StringComparison.OrdinalIgnoreCase)
        || match.StartsWith("hop", StringComparison.OrdinalIgnoreCase);

    // "they are trying to charge £20", "the staff couldn't find our booking": the business's doing, not the customer's
    // job. Read back from the match over fillers ("still", "is") to the first other word; a match that
    // names its own subject ("I wanted to…") is the customer's.
    private static bool SaidOfOthers(string text, Match match, JobLanguage language)
    {
        // A match opening on punctuation, a mention or "and" starts after the subject was left out or said before.
        if (
            language.OtherSubjects.Count == 0
            || !char.IsLetter(match.Value[0])
            || match.Value.StartsWith("and ", StringComparison.OrdinalIgnoreCase)
            || StartsWithSubject(match.Value)
        )
        {
            return false;
        }
        var end = match.Index;
        for (var step = 0; step < 4; step++)
        {
            while (end > 0 && text[end - 1] == ' ')
            {
                end--;
            }
            var start = end;
            while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] is '\'' or '’'))
            {
                start--;
            }
            if (start == end)
            {
                return false; // punctuation or the start of the text: the subject was left out
            }
            var word = text[start..end].Replace('’', '\'');
            if (language.OtherSubjects.Contains(word))
            {
                return true;
            }
            if (!language.SubjectFillers.Contains(word))
            {
                return false;
            }
            end = start;
        }
        return false;
    }

    private static bool StartsWithSubject(string match) =>
        match.Length > 2
        && (
            match[0] is 'i' or 'I' && match[1] is ' ' or '\'' or '’'
            || match.StartsWith("we", StringComparison.OrdinalIgnoreCase) && match[2] is ' ' or '\'' or '’'
        );

    // A pattern that runs out of time on one text (a very long run-on text, or a machine so loaded that the timeout
    // passes) finds nothing in it: one missed phrase, never a failed analysis.
    private static List<Match> Matches(Regex pattern, string text)
    {
        var found = new List<Match>();
        try
        {
            foreach (Match m in pattern.Matches(text))
            {
                found.Add(m);
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return [];
        }
        return found;
    }

    // A pattern that names only the thing sought supplies the verb as an empty group "verb_<verb>".
    private static string Verb(Regex pattern, Match match)
    {
        foreach (var name in pattern.GetGroupNames())
        {
            if (name.StartsWith("verb_", StringComparison.Ordinal) && match.Groups[name].Success)
            {
                return name[5..] + " ";
            }
        }
        return "";
    }
}
