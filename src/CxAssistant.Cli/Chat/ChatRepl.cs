using System.Globalization;
using CxAssistant.Chat;
using CxAssistant.Chat.Knowledge;
using CxAssistant.Chat.Offline;
using CxAssistant.Chat.Sessions;
using CxAssistant.Chat.Tools;
using CxAssistant.Hosting;
using Spectre.Console;

namespace CxAssistant.Cli.Chat;

/// <summary>
/// The `cx chat` loop: questions and slash commands, one session saved in the workspace after every answer, Ctrl-C
/// cancelling the answer in progress (never the session). When stdin is not a terminal it prints no prompt and no
/// colour and exits at end of input, so `echo "question" | cx chat` answers and exits.
/// </summary>
internal sealed class ChatRepl(
    ChatData data,
    string outputFolder,
    bool interactive,
    ChatSession? resumed = null,
    Func<ChatToolbox, IChatResponder>? responder = null
)
{
    /// <summary>Test and demo knob: a pause before each answer so cancellation can be seen and exercised.</summary>
    public const string DelayVariable = "CX_CHAT_ANSWER_DELAY_MS";

    private readonly ChatToolbox _tools = new(data);
    private readonly AnswerPrinter _print = new(interactive);
    private readonly SessionStore _store = new(data.WorkspaceFolder ?? outputFolder);
    private readonly ChatSession _session = resumed ?? ChatSession.Start();
    private CancellationTokenSource? _current;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        // Offline unless a model responder is supplied (wired in once the providers land).
        var answerer = responder?.Invoke(_tools) ?? new OfflineAnswerer(_tools);
        Console.CancelKeyPress += OnCancel;
        try
        {
            if (interactive)
            {
                _print.Line(
                    $"CxAssistant chat over {data.Analysis.Records.Count} records "
                        + $"({(answerer is OfflineAnswerer ? "offline" : "model")}). Ask a "
                        + $"question, /help for commands, /quit to leave.",
                    "grey"
                );
            }
            if (resumed is not null)
            {
                _print.Line(
                    $"Resumed session {resumed.Id} ({resumed.Turns.Count} earlier questions; /history lists them).",
                    "grey"
                );
            }
            while (!cancellationToken.IsCancellationRequested)
            {
                if (interactive)
                {
                    Console.Out.Write("> ");
                }
                var line = await Console.In.ReadLineAsync(cancellationToken).ConfigureAwait(false);
                if (line is null)
                {
                    break;
                }
                line = line.Trim();
                if (line.Length == 0)
                {
                    continue;
                }
                if (line.StartsWith('/'))
                {
                    if (!await CommandAsync(line, answerer, cancellationToken).ConfigureAwait(false))
                    {
                        break;
                    }
                    continue;
                }
                await AnswerAsync(line, answerer).ConfigureAwait(false);
            }
            return ExitCodes.Ok;
        }
        finally
        {
            Console.CancelKeyPress -= OnCancel;
        }
    }

    private void OnCancel(object? sender, ConsoleCancelEventArgs e)
    {
        e.Cancel = true; // keep the session alive
        var current = _current;
        // Cancel on the thread pool, never on .NET's signal thread: the answer's continuation would otherwise run
        // (and the next ReadLine block) inside this handler. The answer may finish and dispose its source meanwhile.
        if (current is not null)
        {
            ThreadPool.QueueUserWorkItem(static source => TryCancel(source), current, preferLocal: false);
        }
        else
        {
            _print.Line("(Ctrl-C cancels an answer in progress; type /quit to leave.)", "grey");
        }
    }

    private static void TryCancel(CancellationTokenSource source)
    {
        try
        {
            source.Cancel();
        }
        catch (ObjectDisposedException) { } // the answer completed first: nothing left to cancel
    }

    private async Task AnswerAsync(string question, IChatResponder answerer)
    {
        using var cts = new CancellationTokenSource();
        _current = cts;
        try
        {
            if (
                int.TryParse(
                    Environment.GetEnvironmentVariable(DelayVariable),
                    NumberStyles.Integer,
                    CultureInfo.InvariantCulture,
                    out var delay
                )
                && delay > 0
            )
            {
                _print.Line("Thinking…", "grey");
                await Task.Delay(delay, cts.Token).ConfigureAwait(false);
            }
            var streamed = false;
            var answer = await answerer
                .AnswerAsync(
                    question,
                    text =>
                    {
                        if (answerer is OfflineAnswerer)
                        {
                            return;
                        }
                        streamed = true;
                        Console.Out.Write(text);
                    },
                    cts.Token
                )
                .ConfigureAwait(false);
            if (streamed)
            {
                Console.Out.WriteLine();
            }
            _session.Turns.Add(answer);
            _print.Answer(answer, textAlreadyShown: streamed);
            _store.Save(_session);
        }
        catch (OperationCanceledException) when (cts.IsCancellationRequested)
        {
            _print.Line("Cancelled. Ask another question or /quit.", "yellow");
        }
        finally
        {
            _current = null;
        }
    }

    /// <summary>Runs a slash command; false means leave.</summary>
    private async Task<bool> CommandAsync(string line, IChatResponder answerer, CancellationToken cancellationToken)
    {
        var parts = line.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        switch (parts[0].ToLowerInvariant())
        {
            case "/quit" or "/exit" or "/q":
                return false;
            case "/help":
                await AnswerAsync("help", answerer).ConfigureAwait(false);
                break;
            case "/touchpoints":
                Touchpoints();
                break;
            case "/personas":
                await AnswerAsync("who are my customers (personas)?", answerer).ConfigureAwait(false);
                break;
            case "/fix":
                await AnswerAsync("what should I fix first?", answerer).ConfigureAwait(false);
                break;
            case "/sources":
                Sources(parts.Length > 1 ? parts[1] : "");
                break;
            case "/export":
                Export();
                break;
            case "/history":
                for (var i = 0; i < _session.Turns.Count; i++)
                {
                    _print.Line($"{i + 1}. {_session.Turns[i].Question}");
                }
                if (_session.Turns.Count == 0)
                {
                    _print.Line("No questions yet in this session.");
                }
                break;
            default:
                _print.Line(
                    $"Unknown command {parts[0]}. Commands: /help /touchpoints /personas "
                        + $"/fix /sources N /export /history /quit",
                    "yellow"
                );
                break;
        }
        cancellationToken.ThrowIfCancellationRequested();
        return true;
    }

    private void Touchpoints()
    {
        var result = _tools.Touchpoints.Get(top: 20, quotes: 0);
        if (interactive)
        {
            var table = new Table()
                .Border(TableBorder.Simple)
                .AddColumns("#", "Touchpoint", "Priority", "Emotional impact", "Mentions", "NPS impact", "Quick win");
            foreach (var t in result.Touchpoints)
            {
                table.AddRow(
                    new Text(t.Rank.ToString(CultureInfo.InvariantCulture)),
                    new Text(t.Name),
                    new Text(t.Priority.ToString("0.#", CultureInfo.InvariantCulture)),
                    new Text(
                        string.Create(
                            CultureInfo.InvariantCulture,
                            $"{t.EmotionalImpact.Value:0.##} ({t.EmotionalImpact.Level})"
                        )
                    ),
                    new Text(t.Mentions.ToString(CultureInfo.InvariantCulture)),
                    new Text(t.NpsImpact?.ToString("0.#", CultureInfo.InvariantCulture) ?? "-"),
                    new Text(t.QuickWin ? "yes" : "")
                );
            }
            AnsiConsole.Write(table);
            return;
        }
        foreach (var t in result.Touchpoints)
        {
            _print.Line(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{t.Rank, 2}. {t.Name}: priority {t.Priority:0.#}, emotional impact "
                        + $"{t.EmotionalImpact.Value:0.##} ({t.EmotionalImpact.Level}), "
                        + $"{t.Mentions} mentions{(t.QuickWin ? ", quick win" : "")}"
                )
            );
        }
    }

    private void Sources(string arg)
    {
        var last = _session.Last;
        if (last is null || last.Citations.Count == 0)
        {
            _print.Line("The last answer has no sources.", "yellow");
            return;
        }
        if (
            !int.TryParse(arg, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
            || last.Citations.All(c => c.Number != n)
        )
        {
            _print.Line(
                $"Usage: /sources N, with N one of {string.Join(", ", last.Citations.Select(c => c.Number))}.",
                "yellow"
            );
            return;
        }
        var citation = last.Citations.First(c => c.Number == n);
        // The full record, redacted like everything chat shows.
        var text = data.TryFind(citation.EvidenceId, out var record, out _)
            ? data.Redacted(record).Text
            : citation.Quote;
        _print.Citation(citation, text);
    }

    private void Export()
    {
        if (_session.Last is null)
        {
            _print.Line("Nothing to export yet: ask a question first.", "yellow");
            return;
        }
        var path = MarkdownExport.Write(outputFolder, _session, _session.Turns.Count);
        _print.Line("Exported to " + path);
    }
}
