using System.Text.Json.Nodes;
using CxAssistant.Evals.Reports;
using CxAssistant.Evals.Runs;

namespace CxAssistant.Evals.Tests.Reports;

public sealed class ReportTests
{
    private static RunResults Run(string reason) =>
        new()
        {
            RunId = "r1",
            Suites =
            [
                new SuiteResult
                {
                    Name = "s",
                    Stage = "annotation",
                    Variants =
                    [
                        new VariantResult
                        {
                            Id = "offline",
                            Provider = "offline",
                            Score = 0.5,
                            PassRate = 0.5,
                            Cases = 1,
                            CaseResults =
                            [
                                new CaseResult
                                {
                                    Id = "<img src=x onerror=alert(1)>",
                                    Status = "fail",
                                    Score = 0.5,
                                    Output = new JsonObject { ["text"] = "</pre><script>alert('x')</script>" },
                                    Assertions =
                                    [
                                        new AssertionResult
                                        {
                                            Type = "contains",
                                            Status = "fail",
                                            Score = 0,
                                            Reason = reason,
                                        },
                                    ],
                                    InputTokens = 120,
                                    OutputTokens = 30,
                                    CostUsd = 0.000036,
                                    LatencyMs = 812,
                                },
                            ],
                        },
                    ],
                },
            ],
        };

    [Fact]
    public void Html_CustomerAndModelText_IsEncoded()
    {
        var html = HtmlReport.Render(Run("expected <b>refund</b> | got <script>steal()</script>"), null);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>refund", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;steal()&lt;/script&gt;", html);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html);
        Assert.Contains("812 ms", html);
        Assert.Contains("0.000036", html);
    }

    [Fact]
    public void Markdown_TableCellsCannotBeBrokenOrInjectHtml()
    {
        var md = MarkdownReport.Render(Run("a | b\nnew row <script>x</script>"), null);
        var row = md.Split('\n').Single(l => l.StartsWith("| &lt;img", StringComparison.Ordinal));
        Assert.Contains("a \\| b new row &lt;script&gt;", row);
        Assert.Contains("| 150 |", row);
        Assert.DoesNotContain("<script", md, StringComparison.Ordinal);
    }
}
