using CxAssistant.Core.Evidence;

namespace CxAssistant.Analysis.Jobs;

/// <summary>
/// Finds what customers say they are trying to do, the situation they are in, their workarounds and the four forces,
/// in one record's text. Only the customer's own words count: business speakers and analytics summaries are skipped.
/// </summary>
internal static class JobSignalExtractor
{
    public static bool IsCustomerVoice(EvidenceRecord record) => record.IsCustomerVoice && record.Text.Length > 0;

    public static List<JobSignal> Extract(EvidenceRecord record, int index)
    {
        var signals = new List<JobSignal>();
        if (!IsCustomerVoice(record)) return signals;
        var text = record.Text;
        foreach (var pattern in JobPatterns.Goals.Concat(JobPatterns.OccasionGoals))
        {
            if (!JobPatterns.MayMatch(pattern, text)) continue;
            foreach (var m in pattern.Matches(text).Cast<System.Text.RegularExpressions.Match>())
            {
                var g = m.Groups["goal"];
                if (!g.Success || NotJobs.Contains(FirstWord(g.Value)) || signals.Any(s => s.Kind == JobSignalKind.Goal && s.Start <= g.Index && g.Index < s.End)) continue;
                if (JobPatterns.OccasionGoals.Contains(pattern) && !JobPatterns.Occasion.IsMatch(g.Value)) continue;
                signals.Add(new JobSignal(index, JobSignalKind.Goal, g.Index, g.Index + g.Length, g.Value.Trim()));
            }
        }
        foreach (var pattern in JobPatterns.Circumstances.Where(p => JobPatterns.MayMatch(p, text)))
            foreach (var m in pattern.Matches(text).Cast<System.Text.RegularExpressions.Match>())
                signals.Add(new JobSignal(index, JobSignalKind.Circumstance, m.Index, m.Index + m.Length, m.Value.Trim()));
        foreach (var w in JobPatterns.Workarounds)
            if (w.Pattern.Match(text) is { Success: true } m)
                signals.Add(new JobSignal(index, JobSignalKind.Workaround, m.Index, m.Index + m.Length, m.Value, w.Summary));
        AddForce(signals, index, text, JobPatterns.Push, JobSignalKind.Push);
        AddForce(signals, index, text, JobPatterns.Pull, JobSignalKind.Pull);
        AddForce(signals, index, text, JobPatterns.Anxiety, JobSignalKind.Anxiety);
        AddForce(signals, index, text, JobPatterns.Habit, JobSignalKind.Habit);
        return signals;
    }

    // "I want to complain", "I wanted to check a few things": talk about the conversation, not the job.
    private static readonly HashSet<string> NotJobs = new(StringComparer.OrdinalIgnoreCase)
    {
        "complain", "say", "ask", "tell", "thank", "check", "know", "speak", "talk", "see", "let", "add", "avoid", "mention", "do",
    };

    private static string FirstWord(string phrase) => phrase.TrimStart().Split(' ', 2)[0];

    private static void AddForce(List<JobSignal> signals, int index, string text, System.Text.RegularExpressions.Regex pattern, JobSignalKind kind)
    {
        if (pattern.Match(text) is { Success: true } m)
            signals.Add(new JobSignal(index, kind, m.Index, m.Index + m.Length, m.Value));
    }
}
