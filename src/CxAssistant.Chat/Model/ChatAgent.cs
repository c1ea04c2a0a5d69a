using System.Text;
using CxAssistant.Agents.Composition;
using CxAssistant.Agents.Prompts;
using CxAssistant.Chat.Offline;
using CxAssistant.Chat.Tools;
using CxAssistant.Core.Validation;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using FunctionResultContent = Microsoft.Extensions.AI.FunctionResultContent;

namespace CxAssistant.Chat.Model;

/// <summary>
/// The model path: a Semantic Kernel over the chat client whose one plugin is the read-only tools the offline answers
/// use (<see cref="ChatToolbox.Plugin"/>); SK function calling (<c>FunctionChoiceBehavior.Auto</c>, SK's
/// function-invoking client, so tool calls run through the kernel) answers.
/// Text streams to the caller as it arrives; when the answer is complete the claim check marks
/// any number that no tool returned and the citation check removes quotations no cited record holds and citations that
/// point at unrelated records (the returned text is the checked one). The conversation (without tool chatter) is kept
/// for follow-up questions.
/// </summary>
public sealed class ChatAgent : IChatResponder
{
    private readonly IChatClient _client;
    private readonly Kernel _kernel;
    private readonly PromptExecutionSettings _settings;
    private readonly ChatToolbox _tools;
    private readonly List<ChatMessage> _history;

    /// <summary>The system prompt's name in the prompt library (<c>prompts/chat/chat-agent.prompty</c>).</summary>
    public const string PromptName = "chat-agent";

    /// <summary>
    /// Wraps <paramref name="client"/> (any provider) with function invocation over <paramref name="tools"/>; the
    /// instructions come from <paramref name="prompts"/> (default: the library read at run time).
    /// </summary>
    public ChatAgent(IChatClient client, ChatToolbox tools, PromptCatalog? prompts = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(tools);
        var invoking = new ChatClientBuilder(client).UseKernelFunctionInvocation().Build();
        if (invoking.GetService<FunctionInvokingChatClient>() is { } loop)
        {
            // Detailed errors: a tool's argument error names the valid values ("The touchpoints are: …"), so the model
            // can call again with one of them instead of seeing only "An error occurred".
            loop.MaximumIterationsPerRequest = 8;
            loop.IncludeDetailedErrors = true;
        }
        _kernel = AgentKernel.Create(invoking, new AgentKernelOptions { Plugins = [tools.Plugin] });
        _client = _kernel.GetRequiredService<IChatClient>();
        _settings = new PromptExecutionSettings
        {
            FunctionChoiceBehavior = FunctionChoiceBehavior.Auto(),
            ExtensionData = new Dictionary<string, object> { ["temperature"] = 0 },
        };
        _tools = tools;
        // The chat prompt declares no inputs, so its system section is the message as written.
        _history =
        [
            new ChatMessage(ChatRole.System, (prompts ?? PromptCatalog.Default).Get(PromptName).SystemTemplate),
        ];
    }

    /// <summary>The conversation so far (system prompt, questions, answers).</summary>
    public IReadOnlyList<ChatMessage> History => _history;

    /// <inheritdoc />
    public Task<ChatAnswer> AnswerAsync(
        string question,
        Action<string>? onText = null,
        CancellationToken cancellationToken = default
    ) => AskAsync(question, onText, cancellationToken);

    /// <summary>Answers one question, streaming text to <paramref name="onText"/>.</summary>
    public async Task<ChatAnswer> AskAsync(
        string question,
        Action<string>? onText = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(question);
        var book = _tools.BeginAnswer();
        var messages = new List<ChatMessage>(_history) { new(ChatRole.User, question) };
        // SK's bridge: the plugin's functions become the request's tools, bound to this kernel.
        var options = _settings.ToChatOptions(_kernel);
        var text = new StringBuilder();
        var toolResults = new List<string>();
        await foreach (
            var update in _client.GetStreamingResponseAsync(messages, options, cancellationToken).ConfigureAwait(false)
        )
        {
            foreach (var content in update.Contents)
            {
                if (content is FunctionResultContent result)
                {
                    toolResults.Add(result.Result?.ToString() ?? "");
                }
            }
            if (update.Role == ChatRole.Tool || string.IsNullOrEmpty(update.Text))
            {
                continue;
            }
            text.Append(update.Text);
            onText?.Invoke(update.Text);
        }
        var citations = book.All;
        // One number grammar for every check (Core's ClaimCheck): figures are the numbers of the tool results and the
        // question.
        var figures = toolResults.Append(question).SelectMany(ClaimCheck.Numbers).Select(c => c.Value);
        var (numbersChecked, unsupported) = ClaimCheck.Mark(text.ToString(), figures);
        IReadOnlyList<string> findings =
        [
            .. CitationCheck.UnknownMarkers(numbersChecked, citations),
            .. unsupported.Select(c => $"The number {c.Written} does not come from any tool result."),
        ];
        // Quotes and citations are verified against the cited records themselves; what fails is removed, not just
        // flagged.
        var (checkedText, citationFindings) = CitationCheck.Check(numbersChecked, citations, _tools.Data);
        findings = [.. findings, .. citationFindings];
        _history.Add(new ChatMessage(ChatRole.User, question));
        _history.Add(new ChatMessage(ChatRole.Assistant, checkedText));
        var used = citations.Where(c => checkedText.Contains($"[{c.Number}]", StringComparison.Ordinal)).ToList();
        return new ChatAnswer(
            question,
            checkedText,
            used,
            checkedText.Length > 0,
            ChatIntent.Unknown,
            ChatAnswer.Model,
            findings
        );
    }
}
