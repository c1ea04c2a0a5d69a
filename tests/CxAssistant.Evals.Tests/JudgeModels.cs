using Microsoft.Extensions.AI;

namespace CxAssistant.Evals.Tests;

/// <summary>
/// The scripted model (no model can run here) as the eval runner meets it: each request goes to a callback that asserts
/// on it and answers, and every answer reports a model id and token usage, as a hosted model's would.
/// </summary>
internal static class JudgeModels
{
    public static ScriptedChatClient Answering(Func<IReadOnlyList<ChatMessage>, ChatOptions?, string> answer) =>
        new(
            (messages, options) =>
                new ChatResponse(new ChatMessage(ChatRole.Assistant, answer(messages, options)))
                {
                    ModelId = "judge-test",
                    Usage = new UsageDetails { InputTokenCount = 10, OutputTokenCount = 5 },
                }
        );
}
