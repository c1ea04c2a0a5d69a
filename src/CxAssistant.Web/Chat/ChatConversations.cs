using CxAssistant.Chat;
using CxAssistant.Chat.Knowledge;
using CxAssistant.Chat.Tools;
using CxAssistant.Web.Analysis;

namespace CxAssistant.Web.Chat;

/// <summary>
/// The chat panel's open conversations, so a follow-up ("and why?", "what score did they give?") is read with what
/// was said before, as in <c>cx chat</c>: one responder per conversation (the offline answerer's context, the model's
/// history), each with a search index of its own. A conversation starts again when its workspace gets a new analysis
/// or new search data (its answers would cite records that changed). At most <see cref="Capacity"/> stay open; the
/// least recently used one is closed first.
/// </summary>
public sealed class ChatConversations(SearchIndexes search) : IDisposable
{
    public const int Capacity = 16;

    private readonly Lock _lock = new();
    private readonly Dictionary<(string Workspace, string Id), Conversation> _open = [];
    private long _clock;

    /// <summary>A conversation id the panel may send: letters, digits and dashes (a UUID), 8 to 64 of them.</summary>
    public static bool IsValidId(string? id) =>
        id is { Length: >= 8 and <= 64 } && id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');

    /// <summary>Open conversations (for tests and diagnostics).</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _open.Count;
            }
        }
    }

    /// <summary>
    /// Answers <paramref name="question"/> in conversation <paramref name="id"/> of <paramref name="workspace"/>, one
    /// question at a time per conversation; <paramref name="responder"/> makes the conversation's responder.
    /// </summary>
    public async Task<ChatAnswer> AnswerAsync(
        string workspace,
        string id,
        AnalysisView view,
        string question,
        Func<ChatToolbox, IChatResponder> responder,
        CancellationToken cancellationToken = default
    )
    {
        var conversation = Enter(workspace, id, view, responder);
        try
        {
            return await conversation.AskAsync(question, cancellationToken);
        }
        finally
        {
            conversation.Exit();
        }
    }

    private Conversation Enter(
        string workspace,
        string id,
        AnalysisView view,
        Func<ChatToolbox, IChatResponder> responder
    )
    {
        var key = (workspace, id);
        var generation = search.Generation(workspace);
        lock (_lock)
        {
            if (_open.TryGetValue(key, out var open) && open.Fits(view, generation) && open.TryEnter())
            {
                open.LastUsed = ++_clock;
                return open;
            }
        }
        // Opening an index reads its vector file: done outside the lock, so other conversations keep answering.
        var data = new ChatData(view.Result, search.Open(workspace));
        var fresh = new Conversation(view, generation, data, responder(new ChatToolbox(data)));
        fresh.TryEnter();
        lock (_lock)
        {
            if (_open.Remove(key, out var stale))
            {
                stale.Retire();
            }
            fresh.LastUsed = ++_clock;
            _open[key] = fresh;
            while (_open.Count > Capacity)
            {
                var oldest = _open.MinBy(pair => pair.Value.LastUsed);
                _open.Remove(oldest.Key);
                oldest.Value.Retire();
            }
        }
        return fresh;
    }

    public void Dispose()
    {
        lock (_lock)
        {
            foreach (var conversation in _open.Values)
            {
                conversation.Retire();
            }
            _open.Clear();
        }
    }

    /// <summary>
    /// One conversation: its data (which owns the index), its responder, and a turn gate. Retiring it disposes the data
    /// once the last question in flight has its answer.
    /// </summary>
    private sealed class Conversation(AnalysisView view, long generation, ChatData data, IChatResponder responder)
    {
        private readonly SemaphoreSlim _turn = new(1, 1);
        private readonly Lock _lock = new();
        private int _users;
        private bool _retired;

        public long LastUsed { get; set; }

        public bool Fits(AnalysisView current, long currentGeneration) =>
            ReferenceEquals(view, current) && generation == currentGeneration;

        public bool TryEnter()
        {
            lock (_lock)
            {
                if (_retired)
                {
                    return false;
                }
                _users++;
                return true;
            }
        }

        public async Task<ChatAnswer> AskAsync(string question, CancellationToken cancellationToken)
        {
            await _turn.WaitAsync(cancellationToken);
            try
            {
                return await responder.AnswerAsync(question, null, cancellationToken);
            }
            finally
            {
                _turn.Release();
            }
        }

        public void Exit()
        {
            bool close;
            lock (_lock)
            {
                _users--;
                close = _retired && _users == 0;
            }
            if (close)
            {
                Close();
            }
        }

        public void Retire()
        {
            bool close;
            lock (_lock)
            {
                if (_retired)
                {
                    return;
                }
                _retired = true;
                close = _users == 0;
            }
            if (close)
            {
                Close();
            }
        }

        private void Close()
        {
            (responder as IDisposable)?.Dispose();
            data.Dispose();
            _turn.Dispose();
        }
    }
}
