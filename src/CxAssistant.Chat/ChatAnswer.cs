using CxAssistant.Chat.Citations;
using CxAssistant.Chat.Offline;

namespace CxAssistant.Chat;

/// <summary>
/// One answer: the text (numbered citations as [n]), the citations it uses, whether the question was answered, how
/// (offline templates or a model), and the claim check's findings (numbers that did not come from a tool).
/// </summary>
public sealed record ChatAnswer(
    string Question,
    string Text,
    IReadOnlyList<Citation> Citations,
    bool Answered,
    ChatIntent Intent,
    string Mode,
    IReadOnlyList<string> Findings
)
{
    /// <summary>Answer made offline by templates.</summary>
    public const string Offline = "offline";

    /// <summary>Answer written by a model from tool results.</summary>
    public const string Model = "model";
}
