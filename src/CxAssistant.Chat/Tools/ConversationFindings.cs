using CxAssistant.Chat.Citations;

namespace CxAssistant.Chat.Tools;

/// <summary>
/// A deterministic answer as a tool result: the summary the offline chat would give, with every quotation taken out
/// (a citation number [n] stays) because customer words travel only inside the delimited <see cref="Citations"/>.
/// </summary>
public sealed record ConversationFindings(string Summary, IReadOnlyList<Citation> Citations)
{
    /// <summary>Builds the result from the offline text and the citations of the book it cited into.</summary>
    internal static ConversationFindings From(string text, IReadOnlyList<Citation> citations)
    {
        foreach (var c in citations.OrderByDescending(c => c.Quote.Length))
        {
            text = text.Replace($"\"{c.Quote}\"", "(quote)", StringComparison.Ordinal);
        }
        return new ConversationFindings(text.Trim(), citations);
    }
}
