using Microsoft.Extensions.AI;
using Microsoft.ML.Tokenizers;

namespace CxAssistant.Agents.Budget;

/// <summary>
/// Counts tokens with the o200k_base encoding (GPT-4o family) from Microsoft.ML.Tokenizers. Other models tokenise
/// differently; o200k is a close, deterministic estimate for planning and for providers that report no usage.
/// </summary>
public static class TokenCounter
{
    /// <summary>Tokens the chat format adds per message (role and separators) and per request.</summary>
    public const int PerMessage = 4,
        PerRequest = 3;

    private static readonly Lazy<Tokenizer> Tokenizer = new(() => TiktokenTokenizer.CreateForEncoding("o200k_base"));

    /// <summary>Tokens in a text.</summary>
    public static int Count(string text) => string.IsNullOrEmpty(text) ? 0 : Tokenizer.Value.CountTokens(text);

    /// <summary>Input tokens of a request made of these messages.</summary>
    public static int Count(IEnumerable<ChatMessage> messages) =>
        PerRequest + messages.Sum(m => PerMessage + Count(m.Text));
}
