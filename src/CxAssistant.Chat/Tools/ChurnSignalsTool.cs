using System.ComponentModel;
using System.Text;
using CxAssistant.Chat.Conversation;
using Microsoft.Extensions.AI;

namespace CxAssistant.Chat.Tools;

/// <summary>
/// Churn in the customers' own words, by the core's rules: who says they are leaving, cancelling, switching or not
/// coming back, who is at risk, and what the detractors complain about.
/// </summary>
public sealed class ChurnSignalsTool(ChatToolbox tools) : ChatTool(tools.Data, () => tools.Citations)
{
    /// <inheritdoc />
    public override string Name => "churn_signals";

    /// <inheritdoc />
    public override string Description =>
        "Why customers leave: cancel requests, 'never again', switching to competitors, customers at risk, and what "
        + "detractors complain about, with counts and cited records. kind: why "
        + "(default), at-risk, switching, never-again.";

    /// <inheritdoc />
    public override AIFunction AsFunction() => Function(Get);

    /// <summary>The churn answer of one kind.</summary>
    public ConversationFindings Get([Description("why, at-risk, switching or never-again.")] string kind = "why")
    {
        var parsed = kind?.Trim().ToLowerInvariant() switch
        {
            null or "" or "why" => ChurnAnswer.Kind.WhyLeaving,
            "at-risk" => ChurnAnswer.Kind.AtRisk,
            "switching" => ChurnAnswer.Kind.Switching,
            "never-again" => ChurnAnswer.Kind.NeverAgain,
            _ => throw new ArgumentException(
                $"kind must be why, at-risk, switching or never-again, got '{kind}'.",
                nameof(kind)
            ),
        };
        var text = new StringBuilder();
        var before = Citations.All.Count;
        new ChurnAnswer(tools).Write(text, parsed);
        return ConversationFindings.From(text.ToString(), [.. Citations.All.Skip(before)]);
    }
}
