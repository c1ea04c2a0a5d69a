using System.Globalization;
using System.Text;

namespace CxAssistant.Reports;

/// <summary>
/// The key under the touchpoint map, so the drawing explains itself when opened on its own: what size, fill, ring and
/// arrows mean. Items wrap onto a new row when the map is narrow.
/// </summary>
internal static class NetworkLegend
{
    /// <summary>The legend's SVG; <paramref name="height"/> is the map's height with the key.</summary>
    public static string Render(int width, int mapHeight, bool critical, bool sequence, bool coMention, out int height)
    {
        var items = new List<(int Width, Func<double, double, string> Draw)>
        {
            Item("circle size = mentions", (x, y) => Circle(x + 6, y, 6, "#e8e8e8", " stroke=\"#666\"")),
            Item("negative", (x, y) => Circle(x + 6, y, 6, MermaidMap.Colour(-0.6), " stroke=\"#666\"")),
            Item("neutral", (x, y) => Circle(x + 6, y, 6, MermaidMap.Colour(0), " stroke=\"#666\"")),
            Item("positive emotional impact", (x, y) =>
                Circle(x + 6, y, 6, MermaidMap.Colour(0.6), " stroke=\"#666\"")
            ),
        };
        if (critical)
        {
            items.Add(
                Item("critical moment", (x, y) => Circle(x + 6, y, 6, "#fff", " stroke=\"#b00020\" stroke-width=\"3\""))
            );
        }
        if (sequence)
        {
            items.Add(
                Item("customers moving on (thicker = more)", (x, y) =>
                    Line(x, y, x + 14, y, " marker-end=\"url(#arrow)\"")
                )
            );
        }
        if (coMention)
        {
            items.Add(Item("mentioned together", (x, y) => Line(x, y, x + 14, y, "")));
        }
        var sb = new StringBuilder("<g class=\"legend\" font-size=\"11\" fill=\"#444\">");
        double cx = 12,
            cy = mapHeight + 14;
        foreach (var (itemWidth, draw) in items)
        {
            if (cx > 12 && cx + itemWidth > width - 12)
            {
                (cx, cy) = (12, cy + 20);
            }
            sb.Append(draw(cx, cy));
            cx += itemWidth + 14;
        }
        height = (int)cy + 14;
        return sb.Append("</g>").ToString();

        // Symbol (14 px), gap, then the text at about 6.5 px a character.
        static (int, Func<double, double, string>) Item(string text, Func<double, double, string> symbol) =>
            (20 + (int)Math.Ceiling(Charts.ChartBox.TextWidth(text, 11)), (x, y) =>
                symbol(x, y)
                + string.Create(CultureInfo.InvariantCulture, $"<text x=\"{x + 20:F1}\" y=\"{y + 4:F1}\">{text}</text>")
            );
        static string Circle(double x, double y, double r, string fill, string ring) =>
            string.Create(
                CultureInfo.InvariantCulture,
                $"<circle cx=\"{x:F1}\" cy=\"{y:F1}\" r=\"{r:F1}\" fill=\"{fill}\"{ring}/>"
            );
        static string Line(double x1, double y1, double x2, double y2, string marker) =>
            string.Create(
                CultureInfo.InvariantCulture,
                $"<line x1=\"{x1:F1}\" y1=\"{y1:F1}\" x2=\"{x2:F1}\" y2=\"{y2:F1}\" "
                    + $"stroke=\"#999\" stroke-width=\"2\"{marker}/>"
            );
    }
}
