using System.Text.Json.Nodes;
using CxAssistant.Chat;
using CxAssistant.Chat.Model;
using CxAssistant.Chat.Offline;
using CxAssistant.Chat.Tools;
using CxAssistant.Evals.Stages;

namespace CxAssistant.Evals.Chat;

/// <summary>
/// The <c>chat</c> stage: an owner's conversation with a workspace made from the case's data. The case's
/// <c>variables.question</c> (one question) or <c>variables.turns</c> (a conversation, asked in order to one responder,
/// so follow-ups have their context) are answered offline, or by the product's chat agent when the variant has a model
/// (with the offline fallback the product uses). The output holds the last answer (<c>answer</c>, <c>answered</c>,
/// <c>intent</c>, <c>citations</c>, <c>findings</c>) and every turn (<c>turns[*]</c>).
/// </summary>
public sealed class ChatStage : IEvalStage
{
    /// <inheritdoc />
    public string Name => "chat";

    /// <inheritdoc />
    public async Task<StageOutput> RunAsync(StageRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var questions = Questions(request);
        if (questions.Count == 0)
        {
            return StageOutput.Failed("chat: the case needs variables.question or variables.turns.");
        }
        var workspace = await ChatWorkspaces.GetAsync(request, cancellationToken).ConfigureAwait(false);
        await workspace.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var tools = new ChatToolbox(workspace.Data);
            IChatResponder offline = new OfflineAnswerer(tools);
            var responder = request.Variant.Client is { } client
                ? new FallbackResponder(new ChatAgent(client, tools), offline)
                : offline;
            var turns = new JsonArray();
            ChatAnswer? last = null;
            foreach (var question in questions)
            {
                last = await responder.AnswerAsync(question, null, cancellationToken).ConfigureAwait(false);
                turns.Add(ChatOutput.Turn(last));
            }
            var output = ChatOutput.Answer(last!);
            output["turns"] = turns;
            return new StageOutput
            {
                Output = output,
                Origin = request.Variant.UsesModel ? "model:" + request.Variant.Model : "offline",
            };
        }
        finally
        {
            workspace.Gate.Release();
        }
    }

    private static List<string> Questions(StageRequest request)
    {
        var variables = request.Data.Inputs.Variables;
        if (variables?["turns"] is JsonArray turns)
        {
            return [.. turns.Select(t => t?.GetValue<string>()).OfType<string>().Where(t => t.Length > 0)];
        }
        return variables?["question"]?.GetValue<string>() is { Length: > 0 } q ? [q] : [];
    }
}
