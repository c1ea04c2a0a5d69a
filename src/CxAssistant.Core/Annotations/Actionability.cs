namespace CxAssistant.Core.Annotations;

/// <summary>
/// What a record asks of the business (Qualtrics' actionability): reply to it, weigh its idea, or nothing.
/// </summary>
public enum Actionability
{
    NothingToDo,
    Suggestion,
    NeedsReply,
}

/// <summary>A record's actionability, why, and the span of its text that shows it ([Start, End)).</summary>
public sealed record RecordAction(Actionability Kind, string Reason, int Start, int End);
