using System.Text;
using Markdig.Syntax.Inlines;

namespace CxAssistant.Ingestion;

/// <summary>The readable text of Markdown inlines: emphasis and link markup dropped, code and entities kept.</summary>
internal static class MarkdownText
{
    public static string Of(ContainerInline? inline)
    {
        if (inline is null)
        {
            return "";
        }
        var sb = new StringBuilder();
        Append(inline, sb);
        return sb.ToString().Trim();
    }

    private static void Append(Inline inline, StringBuilder sb)
    {
        switch (inline)
        {
            case LiteralInline literal:
                sb.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                sb.Append(code.Content);
                break;
            case LineBreakInline lineBreak:
                sb.Append(lineBreak.IsHard ? '\n' : ' ');
                break;
            case HtmlEntityInline entity:
                sb.Append(entity.Transcoded.AsSpan());
                break;
            case AutolinkInline link:
                sb.Append(link.Url);
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, sb);
                }
                break;
        }
    }
}
