using System.Globalization;
using System.Text;

namespace CxAssistant.Reports;

/// <summary>
/// Makes untrusted text (customer words, file names, column names) inert in Markdown: every character that
/// can open emphasis, code, links, images, HTML, entities, headings or table cells is backslash-escaped and
/// line breaks are flattened, so the text is safe inline and inside tables. Characters that only matter at
/// the start of a line (. - +) are left alone: escaped text never starts a line. Markdig then renders it as
/// literal, HTML-encoded text.
/// </summary>
public static class MarkdownText
{
    private const string Special = "\\`*_{}[]<>#|~!&";

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var sb = new StringBuilder(text.Length + 16);
        foreach (var ch in text)
        {
            if (ch is '\r' or '\n' or '\t')
            {
                sb.Append(' ');
                continue;
            }
            if (char.IsControl(ch))
            {
                continue;
            }
            if (Special.Contains(ch, StringComparison.Ordinal))
            {
                sb.Append('\\');
            }
            sb.Append(ch);
        }
        return sb.ToString();
    }

    /// <summary>A number formatted the same way everywhere in reports (invariant culture).</summary>
    public static string Num(double value, int decimals = 0) =>
        value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    public static string Signed(double value, int decimals = 0) => (value > 0 ? "+" : "") + Num(value, decimals);

    public static string Percent(double share, int decimals = 0) => Num(share * 100, decimals) + "%";
}
