using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;

namespace CxAssistant.Agents.Composition;

/// <summary>
/// Semantic Kernel's chat prompt syntax (<c>&lt;message role="…"&gt;…&lt;/message&gt;</c>, parsed by its chat
/// prompt parser into the request's messages). Every message's text is escaped in full, so no value (customer text
/// included) can open, close or forge a message: the markup is always well-formed and the parser gives back the exact
/// text.
/// </summary>
public static partial class ChatPromptMarkup
{
    /// <summary>The messages as one chat prompt; messages without text are left out, as the catalog does.</summary>
    public static string Write(IEnumerable<ChatMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var prompt = new StringBuilder();
        foreach (var message in messages.Where(m => m.Text.Length > 0))
        {
            prompt
                .Append("<message role=\"")
                .Append(Escape(message.Role.Value))
                .Append("\">")
                .Append(Escape(message.Text))
                .Append("</message>\n");
        }
        return prompt.ToString();
    }

    /// <summary>
    /// The same prompt with <paramref name="rewrite"/> applied to every message's text (the redaction filter), or to
    /// the whole text when it is not chat markup written by <see cref="Write"/>.
    /// </summary>
    public static string Rewrite(string prompt, Func<string, string> rewrite)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(rewrite);
        var messages = Read(prompt);
        return messages is null
            ? rewrite(prompt)
            : Write(messages.Select(m => new ChatMessage(m.Role, rewrite(m.Text))));
    }

    /// <summary>The messages of a prompt written by <see cref="Write"/>, or null when it is something else.</summary>
    public static IReadOnlyList<ChatMessage>? Read(string prompt)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        var matches = MessagePattern().Matches(prompt);
        if (matches.Count == 0 || matches.Sum(m => m.Length + 1) != prompt.Length)
        {
            return null;
        }
        return
        [
            .. matches.Select(m => new ChatMessage(
                new ChatRole(WebUtility.HtmlDecode(m.Groups[1].Value)),
                WebUtility.HtmlDecode(m.Groups[2].Value)
            )),
        ];
    }

    // & < > as entities; a carriage return as a character reference, which the XML parser keeps (a raw one it would
    // turn into a line feed); characters XML cannot carry at all become U+FFFD instead of breaking the whole prompt.
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&':
                    escaped.Append("&amp;");
                    break;
                case '<':
                    escaped.Append("&lt;");
                    break;
                case '>':
                    escaped.Append("&gt;");
                    break;
                case '"':
                    escaped.Append("&quot;");
                    break;
                case '\r':
                    escaped.Append("&#13;");
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        escaped.Append(c).Append(text[++i]);
                    }
                    else
                    {
                        escaped.Append(IsXmlChar(c) ? c : '\uFFFD');
                    }
                    break;
            }
        }
        return escaped.ToString();
    }

    private static bool IsXmlChar(char c) =>
        c is '\t' or '\n' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);

    [GeneratedRegex("""<message role="([^"<>]*)">([^<]*)</message>\n""", RegexOptions.CultureInvariant)]
    private static partial Regex MessagePattern();
}
