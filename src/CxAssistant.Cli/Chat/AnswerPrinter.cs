using CxAssistant.Chat;
using CxAssistant.Chat.Citations;
using Spectre.Console;

namespace CxAssistant.Cli.Chat;

/// <summary>
/// Prints answers and sources: plain text when piped, Spectre styling on a terminal (customer text always escaped).
/// </summary>
internal sealed class AnswerPrinter(bool styled)
{
    public void Answer(ChatAnswer answer, bool textAlreadyShown = false)
    {
        // A streamed answer was printed as it arrived; the claim check's markings follow as findings.
        if (!textAlreadyShown)
        {
            Line(answer.Text);
        }
        foreach (var f in answer.Findings)
        {
            Line("⚠ " + f, "yellow");
        }
        if (answer.Citations.Count == 0)
        {
            return;
        }
        Line("Sources:", "grey");
        foreach (var c in answer.Citations)
        {
            Line(Source(c), "grey");
        }
    }

    public void Citation(Citation c, string fullText)
    {
        Line($"[{c.Number}] {c.Location} ({c.Channel})", "bold");
        Line(fullText);
    }

    public void Line(string text, string? style = null)
    {
        if (styled && style is not null)
        {
            AnsiConsole.MarkupLine($"[{style}]{Markup.Escape(text)}[/]");
        }
        else if (styled)
        {
            AnsiConsole.WriteLine(text);
        }
        else
        {
            Console.Out.WriteLine(text);
        }
    }

    public static string Source(Citation c) => $"[{c.Number}] {c.Location}: \"{c.Quote}\"";
}
