using CxAssistant.Chat.Citations;
using CxAssistant.Chat.Knowledge;

namespace CxAssistant.Chat.Tests;

/// <summary>
/// A citation resolves when its record exists, its file/line/record id are that record's, and its quote is a verbatim
/// span of the redacted text.
/// </summary>
internal static class CitationAssert
{
    public static void Resolves(ChatData data, Citation citation)
    {
        Assert.True(
            data.TryFind(citation.EvidenceId, out var record, out _),
            $"citation [{citation.Number}] names unknown evidence {citation.EvidenceId}"
        );
        Assert.Equal(record.RecordId, citation.RecordId);
        Assert.Equal(record.Source.File, citation.Source);
        Assert.Equal(record.Source.Line, citation.Line);
        Assert.False(string.IsNullOrWhiteSpace(citation.Quote));
        Assert.Contains(citation.Quote, data.Redacted(record).Text, StringComparison.Ordinal);
    }
}
