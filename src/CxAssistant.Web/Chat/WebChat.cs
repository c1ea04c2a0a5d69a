using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using CxAssistant.Agents.Configuration;
using CxAssistant.Chat;
using CxAssistant.Chat.Knowledge;
using CxAssistant.Chat.Model;
using CxAssistant.Chat.Offline;
using CxAssistant.Chat.Tools;
using CxAssistant.Hosting.Configuration;
using CxAssistant.Hosting.Providers;
using CxAssistant.Web.Analysis;

namespace CxAssistant.Web.Chat;

/// <summary>
/// The chat panel on the same engine as <c>cx chat</c>: the offline answerer (intent routing over the read-only tools)
/// or, when <c>CxAssistant:Chat:Provider</c> names a model, the chat agent with the offline answer as per-question
/// fallback. A question with a conversation id is answered in that conversation (<see cref="ChatConversations"/>), so
/// follow-ups keep their context; one without is answered on its own. The answer's [n] markers become citation events
/// that open the record; its sources follow. There is one
/// responder interface (<see cref="IChatResponder"/> in CxAssistant.Chat); this class only turns its answers into the
/// stream the chat panel reads.
/// </summary>
public sealed partial class WebChat(
    AnalysisStore analyses,
    SearchIndexes search,
    ChatConversations conversations,
    IConfiguration configuration
) : IDisposable
{
    public const int MaxQuestionLength = 500;

    private readonly Lazy<ModelProviders?> _providers = new(() =>
    {
        var kind = ProviderOverride.KindFor(configuration["CxAssistant:Chat:Provider"] ?? "offline");
        return kind is null or ProviderKind.Offline ? null : ModelProviders.Create(configuration);
    });

    /// <summary>
    /// Answers a question about one workspace as a stream of text and citations, in conversation
    /// <paramref name="conversation"/> when it is a valid id (see <see cref="ChatConversations.IsValidId"/>).
    /// </summary>
    public async IAsyncEnumerable<ChatEvent> AnswerAsync(
        string workspace,
        string question,
        string? conversation = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default
    )
    {
        question = question.Trim();
        if (question.Length == 0 || question.Length > MaxQuestionLength)
        {
            yield return ChatEvent.Say($"Please ask a question of 1 to {MaxQuestionLength} characters.");
            yield break;
        }
        if (analyses.Get(workspace) is not { } view)
        {
            yield return ChatEvent.Say(
                "There is no analysis yet. Import some feedback and run the analysis, then ask again."
            );
            yield break;
        }
        // Without a conversation the tools search with one of the workspace's pooled hybrid indexes, held for this
        // answer only (a SearchIndex serves one caller at a time); the ChatData is not disposed: the pool owns the
        // index.
        var answer = ChatConversations.IsValidId(conversation)
            ? await conversations.AnswerAsync(workspace, conversation!, view, question, Responder, cancellationToken)
            : await search.WithIndexAsync(
                workspace,
                index =>
                    Responder(new ChatToolbox(new ChatData(view.Result, index)))
                        .AnswerAsync(question, null, cancellationToken),
                cancellationToken
            );

        foreach (var piece in Pieces(answer))
        {
            yield return piece;
        }
    }

    private IChatResponder Responder(ChatToolbox tools)
    {
        var offline = new OfflineAnswerer(tools);
        try
        {
            return _providers.Value?.ChatClient is { } client
                ? new FallbackResponder(new ChatAgent(client, tools), offline)
                : offline;
        }
        catch (ModelProviderConfigurationException)
        {
            return offline; // reported at start-up by `cx providers`; the panel keeps answering offline
        }
    }

    /// <summary>
    /// The answer text with each [n] as a citation event, the findings, then each source with its quote.
    /// </summary>
    internal static IEnumerable<ChatEvent> Pieces(ChatAnswer answer)
    {
        var byNumber = answer.Citations.ToDictionary(c => c.Number);
        var last = 0;
        foreach (Match m in Marker().Matches(answer.Text))
        {
            if (
                !byNumber.TryGetValue(
                    int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
                    out var citation
                )
            )
            {
                continue;
            }
            if (m.Index > last)
            {
                yield return ChatEvent.Say(answer.Text[last..m.Index]);
            }
            yield return ChatEvent.Cite(citation.Number, citation.EvidenceId);
            last = m.Index + m.Length;
        }
        if (last < answer.Text.Length)
        {
            yield return ChatEvent.Say(answer.Text[last..]);
        }
        foreach (var finding in answer.Findings)
        {
            yield return ChatEvent.Say("\n⚠ " + finding);
        }
        if (answer.Citations.Count == 0)
        {
            yield break;
        }
        yield return ChatEvent.Say("\nSources:");
        foreach (var citation in answer.Citations)
        {
            yield return ChatEvent.Say("\n");
            yield return ChatEvent.Cite(citation.Number, citation.EvidenceId);
            yield return ChatEvent.Say($" {citation.Location}: “{citation.Quote}”");
        }
    }

    public void Dispose()
    {
        if (_providers.IsValueCreated)
        {
            _providers.Value?.Dispose();
        }
    }

    [GeneratedRegex(@"\[(\d{1,3})\]")]
    private static partial Regex Marker();
}
