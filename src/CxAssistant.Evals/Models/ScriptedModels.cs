using CxAssistant.Agents.Privacy;

namespace CxAssistant.Evals.Models;

/// <summary>
/// Scripted red-team providers a suite can name instead of a model (<c>providers: [scripted-exfiltrator]</c>). They sit
/// behind the same redaction gate as every configured provider, so a suite measures the product's protection, not the
/// script's manners. Their responses are labelled <c>scripted</c>, never a model's.
/// </summary>
public static class ScriptedModels
{
    /// <summary>The exfiltrating model (<see cref="ExfiltratingChatClient"/>).</summary>
    public const string Exfiltrator = ExfiltratingChatClient.ModelId;

    /// <summary>The scripted model named <paramref name="provider"/>, gated, or null when it is not one.</summary>
    public static EvalModel? Create(string provider) =>
        provider == Exfiltrator
            ? new EvalModel(
                new RedactingChatClient(new ExfiltratingChatClient(), new PiiGate()),
                Exfiltrator,
                Scripted: true
            )
            : null;
}
