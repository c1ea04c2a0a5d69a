using System.Text;

namespace CxAssistant.Agents.Prompts;

/// <summary>
/// Puts customer text into a prompt as data: each item becomes <c>&lt;evidence id="…"&gt;text&lt;/evidence&gt;</c>
/// with <c>&amp; &lt; &gt;</c> escaped, so no customer text can close the element, open a fake message or smuggle
/// markup.
/// Quotes and apostrophes stay as written so the model can quote verbatim. Long texts are cut to a prefix (still
/// verbatim).
/// </summary>
public static class EvidenceBlock
{
    /// <summary>
    /// Formats items; <paramref name="maxChars"/> caps each text (a prefix is kept, marked with an ellipsis outside the
    /// text).
    /// </summary>
    public static string Format(IEnumerable<(string Id, string Text)> items, int maxChars = int.MaxValue)
    {
        var sb = new StringBuilder();
        foreach (var (id, text) in items)
        {
            if (sb.Length > 0)
            {
                sb.Append('\n');
            }
            var cut = text.Length > maxChars;
            sb.Append("<evidence id=\"")
                .Append(Escape(id).Replace("\"", "&quot;", StringComparison.Ordinal))
                .Append("\">")
                .Append(Escape(cut ? text[..maxChars] : text))
                .Append("</evidence>");
            if (cut)
            {
                sb.Append(" [cut]");
            }
        }
        return sb.ToString();
    }

    /// <summary>Escapes the three characters that could break out of the data element.</summary>
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);
}
