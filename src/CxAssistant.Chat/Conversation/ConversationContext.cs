using CxAssistant.Chat.Offline;
using CxAssistant.Core.Evidence;

namespace CxAssistant.Chat.Conversation;

/// <summary>
/// What the conversation so far is about, so a follow-up has its context: the last list of touchpoints ("the second
/// one"), the touchpoint in focus ("how could I fix it?"), the customer looked up ("what score did they give?"), the
/// topic counted ("how many customers is that?", "show me what they said") and the last breakdown ("what about X?").
/// </summary>
internal sealed class ConversationContext
{
    /// <summary>The intent of the last answer.</summary>
    public ChatIntent LastIntent { get; set; }

    /// <summary>Touchpoint ids of the last ranked list, in the order shown.</summary>
    public IReadOnlyList<string> Ranked { get; set; } = [];

    /// <summary>The touchpoint the conversation is about, if any.</summary>
    public string? Touchpoint { get; set; }

    /// <summary>The customer looked up last (id or name as the data spells it).</summary>
    public string? Customer { get; set; }

    /// <summary>That customer's records.</summary>
    public IReadOnlyList<EvidenceRecord> CustomerRecords { get; set; } = [];

    /// <summary>The topic words of the last count or topic answer.</summary>
    public IReadOnlyList<string> Topic { get; set; } = [];

    /// <summary>Whether the last count was of complaints only.</summary>
    public bool TopicComplaints { get; set; }

    /// <summary>Forgets the customer and topic when a new subject starts.</summary>
    public void NewSubject()
    {
        Customer = null;
        CustomerRecords = [];
        Topic = [];
        TopicComplaints = false;
    }
}
