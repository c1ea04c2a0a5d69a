namespace CxAssistant.Reports.Tests;

public sealed class ReportRenderingTests
{
    private static readonly ReportOptions Options = new() { Title = "Test <b>shop</b>" };

    [Fact]
    public void MarkdownReport_TopTouchpoint_ListsScoresPainsAndVerbatimQuote()
    {
        var md = MarkdownReport.Render(AnalysisFixture.Build(), Options);

        Assert.Contains("### 1. Delivery", md);
        Assert.Contains("priority **81**/100", md);
        Assert.Contains("long waits (1)", md);
        Assert.Contains("+66.7", md); // NPS impact
        Assert.Contains("feedback.csv:2, record r-1, NPS 2", md);
        Assert.DoesNotContain("### 2. Checkout", md); // positive touchpoints are not "to fix"
    }

    [Fact]
    public void MarkdownReport_CustomerMarkdown_IsEscapedNotInterpreted()
    {
        var md = MarkdownReport.Render(AnalysisFixture.Build(), Options);

        Assert.Contains("\\[click me\\](http", md);
        Assert.DoesNotContain("<script>", md);
    }

    [Fact]
    public void HtmlReport_ScriptAndLinkInFeedback_RenderAsTextWithoutScriptsOrLinks()
    {
        var analysis = AnalysisFixture.Build();
        var html = HtmlReport.Render(analysis, MarkdownReport.Render(analysis, Options), Options);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(", html);
        Assert.DoesNotContain("href=\"http://evil.example\"", html);
        Assert.Contains("<title>CX analysis: Test &lt;b&gt;shop&lt;/b&gt;</title>", html);
        Assert.Contains("<svg", html); // the mermaid block was replaced by the drawn map
        Assert.DoesNotContain("language-mermaid", html);
    }

    [Fact]
    public void HtmlReport_LaterMermaidBlocks_AreFoldedAsSourceNotShownAsCode()
    {
        var analysis = AnalysisFixture.Build();
        var markdown =
            MarkdownReport.Render(analysis, Options) + "\n```mermaid\nstateDiagram-v2\n  [*] --> Trying\n```\n";
        var html = HtmlReport.Render(analysis, markdown, Options);

        Assert.Contains("<details><summary>Diagram source", html);
        Assert.Contains("stateDiagram-v2", html);
        Assert.Equal(CountOf(html, "<details>"), CountOf(html, "</details>"));
    }

    private static int CountOf(string text, string part) =>
        (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    [Fact]
    public void MermaidMap_Network_HasNodesEdgeAndCriticalMomentShape()
    {
        var mermaid = MermaidMap.Render(AnalysisFixture.Build());

        Assert.StartsWith("```mermaid\nflowchart LR", mermaid.Replace("\r", "", StringComparison.Ordinal));
        Assert.Contains("t0{{\"Delivery<br/>2 mentions · -0.70\"}}", mermaid);
        Assert.Contains("t1 -->|2| t0", mermaid);
    }

    [Theory]
    [InlineData("a*b_c", "a\\*b\\_c")]
    [InlineData("line1\nline2|x", "line1 line2\\|x")]
    [InlineData("<img src=x>", "\\<img src=x\\>")]
    [InlineData("![pic](http://x)", "\\!\\[pic\\](http://x)")]
    public void MarkdownText_Escape_NeutralisesMarkdownAndHtml(string input, string expected) =>
        Assert.Equal(expected, MarkdownText.Escape(input));

    [Fact]
    public void NetworkSvg_TouchpointNames_AreXmlEncoded()
    {
        var analysis = AnalysisFixture.Build();
        analysis = analysis with
        {
            Catalog = analysis.Catalog with
            {
                Touchpoints =
                [
                    analysis.Catalog.Touchpoints[0] with
                    {
                        Name = "Delivery <x> & co",
                    },
                    analysis.Catalog.Touchpoints[1],
                ],
            },
        };
        var svg = NetworkSvg.Render(analysis);

        Assert.Contains("Delivery &lt;x&gt; &amp; co", svg);
        var legendAt = svg.IndexOf("<g class=\"legend\"", StringComparison.Ordinal);
        Assert.True(legendAt > 0);
        // critical moment ring on a touchpoint, not only in the key
        Assert.Contains("stroke=\"#b00020\"", svg[..legendAt]);
    }

    [Fact]
    public void NetworkSvg_Legend_ExplainsWhatTheMapShows()
    {
        var analysis = AnalysisFixture.Build();
        var svg = NetworkSvg.Render(analysis);
        var legend = svg[svg.IndexOf("<g class=\"legend\"", StringComparison.Ordinal)..];

        Assert.Contains("circle size = mentions", legend);
        Assert.Contains("positive emotional impact", legend);
        Assert.Contains("critical moment", legend);
        Assert.Contains("customers moving on", legend); // the fixture has a sequence edge
        Assert.DoesNotContain("mentioned together", legend); // and no co-mention edge

        var calm = analysis with
        {
            Scoring = analysis.Scoring with { Network = analysis.Scoring.Network with { CriticalMoments = [] } },
        };
        Assert.DoesNotContain("critical moment", NetworkSvg.Render(calm));
        // The key is inside the picture: the map grows to hold it.
        var height = double.Parse(
            System.Text.RegularExpressions.Regex.Match(svg, "height=\"(\\d+)\"").Groups[1].Value,
            System.Globalization.CultureInfo.InvariantCulture
        );
        var ys = System
            .Text.RegularExpressions.Regex.Matches(legend, " c?y=\"([\\d.]+)\"")
            .Select(m => double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        Assert.NotEmpty(ys);
        Assert.All(ys, y => Assert.InRange(y, 0, height));
    }
}
