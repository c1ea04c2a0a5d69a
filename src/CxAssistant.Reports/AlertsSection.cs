using System.Text;
using CxAssistant.Core.Alerts;
using static CxAssistant.Reports.MarkdownText;

namespace CxAssistant.Reports;

/// <summary>
/// "Alerts": the thresholds this analysis crossed (the same list as alerts.json), first in the report.
/// </summary>
public static class AlertsSection
{
    public static void Write(StringBuilder sb, IReadOnlyList<Alert> alerts)
    {
        ArgumentNullException.ThrowIfNull(alerts);
        if (alerts.Count == 0)
        {
            return;
        }
        sb.AppendLine("## Alerts").AppendLine();
        foreach (var alert in alerts)
        {
            sb.Append("- ⚠ ").AppendLine(Escape(alert.Message));
        }
        sb.AppendLine()
            .AppendLine(
                "Thresholds come from the configuration section `CxAssistant:Alerts`; the same list is in alerts.json."
            )
            .AppendLine();
    }
}
