using System.ComponentModel;
using System.Text;
using CxAssistant.Chat.Conversation;
using Microsoft.Extensions.AI;

namespace CxAssistant.Chat.Tools;

/// <summary>
/// How many customers mention (or complain about) a topic in their own words, with the share of all customers and
/// representative cited records; a touchpoint's own name gives the core's touchpoint counts.
/// </summary>
public sealed class CountMentionsTool(ChatToolbox tools) : ChatTool(tools.Data, () => tools.Citations)
{
    /// <inheritdoc />
    public override string Name => "count_mentions";

    /// <inheritdoc />
    public override string Description =>
        "Counts the customers (and records) whose own words mention a topic, e.g. 'handling fee' or 'logging in', "
        + "optionally only those complaining about it; returns the count first, "
        + "the share of all customers and cited records.";

    /// <inheritdoc />
    public override AIFunction AsFunction() => Function(Get);

    /// <summary>The count for a topic.</summary>
    public ConversationFindings Get(
        [Description("The topic in plain words, e.g. 'handling fee'.")] string topic,
        [Description("Count only customers complaining about it.")] bool complaintsOnly = false
    )
    {
        ArgumentNullException.ThrowIfNull(topic);
        var words = CountAnswer.Topic(topic);
        if (words.Count == 0)
        {
            throw new ArgumentException($"'{topic}' names no topic to look for.", nameof(topic));
        }
        var touchpoint =
            Data.FindTouchpoint(topic) is { } t && FollowUps.NamesTouchpoint(words, t.Name, t.Id) ? t.Id : null;
        var text = new StringBuilder();
        var before = Citations.All.Count;
        new CountAnswer(tools).Write(text, words, complaintsOnly, touchpoint);
        return ConversationFindings.From(text.ToString(), [.. Citations.All.Skip(before)]);
    }
}
