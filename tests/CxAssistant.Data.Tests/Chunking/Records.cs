using CxAssistant.Core.Evidence;

namespace CxAssistant.Data.Tests.Chunking;

/// <summary>Evidence records for chunking tests.</summary>
internal static class Records
{
    public static EvidenceRecord Of(string text, string? speaker = null, string? section = null, string id = "e1") =>
        new()
        {
            Id = id,
            RecordId = id,
            Source = new SourceLocation("test.txt", 1),
            Channel = speaker is null ? Channel.Review : Channel.SupportCall,
            Text = text,
            Speaker = speaker,
            Metadata = section is null
                ? new Dictionary<string, string>()
                : new Dictionary<string, string> { ["section"] = section },
        };

    /// <summary>
    /// Numbered sentences ("Sentence 1 says the delivery was late …") so every chunk boundary is checkable.
    /// </summary>
    public static string Sentences(int count, int wordsEach = 12)
    {
        var filler = string.Join(" ", Enumerable.Repeat("word", Math.Max(0, wordsEach - 6)));
        return string.Join(" ", Enumerable.Range(1, count).Select(i => $"Sentence {i} says the delivery {filler}."));
    }
}
