using CxAssistant.Chat.Citations;

namespace CxAssistant.Chat.Tools;

/// <summary>What <see cref="SearchEvidenceTool"/> found, best first, with the filter it applied in words.</summary>
public sealed record SearchEvidenceResult(
    string Query,
    string Filter,
    IReadOnlyList<EvidenceHit> Hits,
    IReadOnlyList<string> Notes,
    IReadOnlyList<Citation> Citations
);
