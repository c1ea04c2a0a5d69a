using CxAssistant.Core.Evidence;

namespace CxAssistant.Core.Analysis;

/// <summary>A verbatim span of an evidence record, with where it came from, ready to show a reader.</summary>
public sealed record Quote(EvidenceRecord Record, int Start, int End)
{
    public string Text => Record.Text[Start..End];
}
