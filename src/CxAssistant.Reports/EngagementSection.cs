using System.Text;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Metrics;
using static CxAssistant.Reports.MarkdownText;

namespace CxAssistant.Reports;

/// <summary>
/// "## Engagement metrics" (seed 000): customer lifetime value, retention and churn signals, key drivers of
/// NPS or rating, importance × performance quadrants and social mentions, with every assumption stated.
/// </summary>
public static class EngagementSection
{
    private const int MaxGroupRows = 8;

    public static void Write(StringBuilder sb, EngagementAnalysis engagement, AnalysisResult analysis)
    {
        ArgumentNullException.ThrowIfNull(sb);
        ArgumentNullException.ThrowIfNull(engagement);
        ArgumentNullException.ThrowIfNull(analysis);
        sb.AppendLine("## Engagement metrics").AppendLine();
        WriteLifetimeValue(sb, engagement.LifetimeValue);
        WriteRetention(sb, engagement.Retention, analysis);
        EngagementDriversWriter.Write(sb, engagement, analysis);
        if (engagement.SocialMentions > 0)
        {
            sb.Append("Social mentions: ")
                .Append(engagement.SocialMentions)
                .Append(engagement.SocialSentiment is { } s ? $", mean sentiment {Signed(s, 2)}" : "")
                .AppendLine(".")
                .AppendLine();
        }
        if (engagement.Assumptions.Count > 0)
        {
            sb.AppendLine("Assumptions:").AppendLine();
            foreach (var a in engagement.Assumptions)
            {
                sb.Append("- ").AppendLine(Escape(a));
            }
            sb.AppendLine();
        }
    }

    private static void WriteLifetimeValue(StringBuilder sb, LifetimeValueResult? clv)
    {
        sb.AppendLine("### Customer lifetime value").AppendLine();
        if (clv is null)
        {
            sb.AppendLine(
                    "No order values in the data (looked for columns such as order_value, "
                        + "amount, basket, total), so no CLV."
                )
                .AppendLine();
            return;
        }
        // The column name is user data: escaped as plain text (escapes would show literally inside a code span).
        sb.Append("CLV = purchase frequency × time period × profit per order = **")
            .Append(Num(clv.Clv, 2))
            .Append("** per customer (order values from column ")
            .Append(Escape(clv.Column))
            .AppendLine(").")
            .AppendLine();
        sb.Append("- ")
            .Append(clv.Orders)
            .Append(" orders from ")
            .Append(clv.Customers)
            .Append(" customers (")
            .Append(Num(clv.OrdersPerCustomer, 2))
            .Append(" per customer), average order value ")
            .Append(Num(clv.AverageOrderValue, 2))
            .AppendLine();
        sb.Append("- Purchase frequency: ")
            .AppendLine(
                clv.PurchaseFrequency is { } f
                    ? Num(f, 2) + " orders per customer per year"
                    : "unknown (orders are undated)"
            );
        sb.Append("- Time period: ")
            .AppendLine(
                clv.PeriodYears is { } t
                    ? Num(t, 2)
                        + (
                            clv.PeriodIsObserved
                                ? " years (the observed span of the orders)"
                                : " years (configured horizon)"
                        )
                    : "unknown; CLV uses orders per customer instead"
            );
        sb.Append("- Profit per order: ")
            .Append(Num(clv.ProfitPerOrder, 2))
            .Append(" (")
            .Append(Percent(clv.Margin))
            .AppendLine(" margin)");
        if (clv.PeriodYears is { } years && clv.PeriodIsObserved && years < 0.5)
        {
            sb.AppendLine("- The orders span less than six months: treat the frequency per year as indicative.");
        }
        sb.AppendLine();
        if (clv.Segments.Count == 0)
        {
            return;
        }
        sb.AppendLine("| Segment | Value | Customers | Orders | Avg order | CLV |")
            .AppendLine("|---|---|---:|---:|---:|---:|");
        foreach (var s in clv.Segments)
        {
            sb.Append("| ")
                .Append(Escape(s.Field))
                .Append(" | ")
                .Append(Escape(s.Value))
                .Append(" | ")
                .Append(s.Customers)
                .Append(" | ")
                .Append(s.Orders)
                .Append(" | ")
                .Append(Num(s.AverageOrderValue, 2))
                .Append(" | ")
                .Append(Num(s.Clv, 2))
                .AppendLine(" |");
        }
        sb.AppendLine();
    }

    private static void WriteRetention(StringBuilder sb, RetentionResult r, AnalysisResult analysis)
    {
        sb.AppendLine("### Retention and stickiness").AppendLine();
        sb.Append("- Returning customers: ")
            .Append(r.RepeatCustomers)
            .Append(" of ")
            .Append(r.DatedCustomers)
            .Append(" customers with dated feedback came back on another day (")
            .Append(Percent(r.ReturningRate))
            .Append(')')
            .AppendLine(r.MedianDaysToReturn is { } d ? $"; median {Num(d)} days to return" : "");
        sb.Append("- Churn signals: ")
            .Append(r.ChurnSignalCustomers)
            .Append(" of ")
            .Append(r.Customers)
            .Append(" customers (")
            .Append(Percent(r.ChurnSignalRate))
            .Append(") — ")
            .Append(r.CancelSignals)
            .Append(" cancellations, ")
            .Append(r.NeverAgainSignals)
            .Append(" \"never again\", ")
            .Append(r.SwitchingSignals)
            .AppendLine(" switching mentions")
            .AppendLine();
        WriteGroups(sb, "Touchpoint", r.Touchpoints.Take(MaxGroupRows), g =>
            analysis.Catalog.Find(g.Value)?.Name ?? g.Value
        );
        WriteGroups(sb, "Segment", r.Segments, g => g.Field + " = " + g.Value);
    }

    private static void WriteGroups(
        StringBuilder sb,
        string title,
        IEnumerable<RetentionGroup> groups,
        Func<RetentionGroup, string> name
    )
    {
        var rows = groups.ToList();
        if (rows.Count == 0)
        {
            return;
        }
        sb.Append("| ")
            .Append(title)
            .AppendLine(" | Customers | Returning | Churn signals |")
            .AppendLine("|---|---:|---:|---:|");
        foreach (var g in rows)
        {
            sb.Append("| ")
                .Append(Escape(name(g)))
                .Append(" | ")
                .Append(g.Customers)
                .Append(" | ")
                .Append(g.DatedCustomers == 0 ? "–" : $"{g.RepeatCustomers} ({Percent(g.ReturningRate)})")
                .Append(" | ")
                .Append(g.ChurnSignalCustomers)
                .Append(" (")
                .Append(Percent(g.ChurnSignalRate))
                .AppendLine(") |");
        }
        sb.AppendLine();
    }
}
