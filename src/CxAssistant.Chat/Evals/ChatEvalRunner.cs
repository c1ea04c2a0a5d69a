using CxAssistant.Chat.Knowledge;
using CxAssistant.Chat.Offline;
using CxAssistant.Chat.Tools;

namespace CxAssistant.Chat.Evals;

/// <summary>Runs the eval questions through the offline answerer and checks each answer against its expectations.</summary>
public static class ChatEvalRunner
{
    /// <summary>Answers every question and scores the answers.</summary>
    public static async Task<ChatEvalReport> RunAsync(ChatEvalFile file, ChatData data, CancellationToken cancellationToken = default)
    {
        var answerer = new OfflineAnswerer(new ChatToolbox(data));
        int answerable = 0, answered = 0, correct = 0;
        var failures = new List<string>();
        foreach (var c in file.Questions)
        {
            var answer = await answerer.AnswerAsync(c.Question, cancellationToken).ConfigureAwait(false);
            if (!c.CannotAnswer) answerable++;
            if (!c.CannotAnswer && answer.Answered) answered++;
            var problems = Check(c, answer, data);
            if (problems.Count == 0) correct++;
            else failures.Add($"{c.Id} \"{c.Question}\": {string.Join("; ", problems)}");
        }
        return new ChatEvalReport(file.Questions.Count, answerable, answered, correct, failures);
    }

    private static List<string> Check(ChatEvalCase c, ChatAnswer answer, ChatData data)
    {
        var problems = new List<string>();
        if (c.CannotAnswer != !answer.Answered) problems.Add(c.CannotAnswer ? "answered a question it should decline" : "did not answer");
        if (c.Intent is not null && !string.Equals(c.Intent.Replace("-", ""), answer.Intent.ToString(), StringComparison.OrdinalIgnoreCase))
            problems.Add($"intent {answer.Intent}, expected {c.Intent}");
        foreach (var text in c.MustContain.Where(t => !answer.Text.Contains(t, StringComparison.OrdinalIgnoreCase)))
            problems.Add($"missing \"{text}\"");
        foreach (var figure in c.Figures)
        {
            var expected = CoreFigures.Resolve(data, figure);
            if (!System.Text.RegularExpressions.Regex.IsMatch(answer.Text, @"(?<![\d.])" + System.Text.RegularExpressions.Regex.Escape(expected) + @"(?![\d])"))
                problems.Add($"missing figure {figure} = {expected}");
        }
        if (c.MustCite)
        {
            if (answer.Citations.Count == 0) problems.Add("no citations");
            foreach (var citation in answer.Citations)
                if (!data.TryFind(citation.EvidenceId, out var record, out _) || !data.Redacted(record).Text.Contains(citation.Quote, StringComparison.Ordinal))
                    problems.Add($"citation [{citation.Number}] does not resolve");
        }
        return problems;
    }
}
