using CxAssistant.Core.Analysis;
using CxAssistant.Core.Evidence;

namespace CxAssistant.Reports;

/// <summary>How a verbatim quote and its citation appear in Markdown.</summary>
public static class QuoteFormat
{
    /// <summary>“quote” — file:line, record id (+ rating/NPS when present).</summary>
    public static string Inline(Quote quote) => $"“{MarkdownText.Escape(quote.Text)}” — {Citation(quote.Record)}";

    public static string Citation(EvidenceRecord record)
    {
        var extras = new List<string> { "record " + record.RecordId };
        if (record.Nps is { } nps)
        {
            extras.Add("NPS " + nps);
        }
        if (record.Rating is { } rating)
        {
            extras.Add(MarkdownText.Num(rating) + "★");
        }
        if (record.Speaker is { } speaker)
        {
            extras.Add(speaker);
        }
        return $"_{MarkdownText.Escape(record.Source.File)}:{record.Source.Line}, "
            + $"{MarkdownText.Escape(string.Join(", ", extras))}_";
    }
}
