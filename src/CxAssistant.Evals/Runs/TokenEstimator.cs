using Microsoft.Extensions.AI;
using Microsoft.ML.Tokenizers;

namespace CxAssistant.Evals.Runs;

/// <summary>Counts prompt tokens with the o200k_base encoding (gpt-4o family), plus the chat format's per-message overhead.</summary>
public static class TokenEstimator
{
    /// <summary>Tokens the chat format adds per message (role and separators), as documented for the OpenAI chat format.</summary>
    public const int PerMessage = 4;

    private static readonly Lazy<Tokenizer> Tokenizer = new(() => TiktokenTokenizer.CreateForEncoding("o200k_base"));

    /// <summary>Tokens in one text.</summary>
    public static int Count(string text) => Tokenizer.Value.CountTokens(text);

    /// <summary>Tokens in a prompt.</summary>
    public static int Count(IEnumerable<ChatMessage> messages) => messages.Sum(m => Count(m.Text) + PerMessage) + 3;
}
