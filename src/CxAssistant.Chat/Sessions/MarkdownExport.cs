using System.Text;

namespace CxAssistant.Chat.Sessions;

/// <summary>
/// Writes an answer and its citations to Markdown inside the output folder. The file name is built from the session id
/// and turn number only, never from a question, customer text or a model's output, so nothing can steer the path.
/// </summary>
public static class MarkdownExport
{
    /// <summary>
    /// Writes <c>chat-&lt;session&gt;-&lt;turn&gt;.md</c> into <paramref name="outputFolder"/> and returns its path.
    /// </summary>
    public static string Write(string outputFolder, ChatSession session, int turn)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentOutOfRangeException.ThrowIfLessThan(turn, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(turn, session.Turns.Count);
        var answer = session.Turns[turn - 1];
        var folder = Path.GetFullPath(outputFolder);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"chat-{session.Id}-{turn}.md");
        File.WriteAllText(path, Render(answer));
        return path;
    }

    /// <summary>
    /// The Markdown for one answer: question, answer, numbered sources with verbatim (redacted) quotes.
    /// </summary>
    public static string Render(ChatAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var md = new StringBuilder();
        md.AppendLine("# " + Escape(answer.Question)).AppendLine();
        md.AppendLine(answer.Text).AppendLine();
        if (answer.Citations.Count > 0)
        {
            md.AppendLine("## Sources").AppendLine();
            foreach (var c in answer.Citations)
            {
                md.AppendLine(
                    $"{c.Number}. `{c.Source}:{c.Line}`, record `{c.RecordId}` ({c.Channel}): > {Escape(c.Quote)}"
                );
            }
        }
        md.AppendLine().AppendLine($"_Answered {answer.Mode}; numbers computed by CxAssistant's core._");
        return md.ToString();
    }

    // Customer text is shown as text: no headings, links, images or HTML can come out of it.
    private static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text.ReplaceLineEndings(" "))
        {
            if ("\\`*_{}[]<>()#+!|".Contains(ch, StringComparison.Ordinal))
            {
                sb.Append('\\');
            }
            sb.Append(ch);
        }
        return sb.ToString();
    }
}
