using System.Globalization;
using System.Text;
using CxAssistant.Core.JobStates;

namespace CxAssistant.Reports;

/// <summary>
/// Renders a job state machine as a Mermaid <c>stateDiagram-v2</c> (no code fence): [*] is the start, Done and
/// Abandoned lead to the end [*], each transition is labelled with its event, records and customers. State ids and
/// labels come from the fixed state vocabulary, so no customer text can reach the diagram.
/// </summary>
public static class JobStateDiagram
{
    public static string Render(JobStateMachine machine)
    {
        ArgumentNullException.ThrowIfNull(machine);
        var sb = new StringBuilder();
        sb.AppendLine("stateDiagram-v2");
        sb.AppendLine("  direction LR");
        foreach (var node in machine.States.Where(s => s.State != JobState.Start))
        {
            sb.Append("  state \"").Append(JobStateNames.Title(node.State)).Append("\" as ").AppendLine(Id(node.State));
        }
        foreach (var t in machine.Transitions)
        {
            sb.Append("  ").Append(Id(t.From)).Append(" --> ").Append(Id(t.To)).Append(" : ").AppendLine(Label(t));
        }
        foreach (var end in machine.States.Where(s => JobStateNames.IsEnd(s.State)))
        {
            sb.Append("  ").Append(Id(end.State)).AppendLine(" --> [*]");
        }
        var bad = machine
            .States.Where(s => s.State is JobState.Blocked or JobState.Abandoned)
            .Select(s => Id(s.State))
            .ToList();
        if (bad.Count > 0)
        {
            sb.AppendLine("  classDef bad fill:#f4a6a6")
                .Append("  class ")
                .Append(string.Join(',', bad))
                .AppendLine(" bad");
        }
        if (machine.States.Any(s => s.State == JobState.Done))
        {
            sb.AppendLine("  classDef good fill:#9fd89f").AppendLine("  class Done good");
        }
        return sb.ToString();
    }

    private static string Id(JobState state) => state == JobState.Start ? "[*]" : state.ToString();

    private static string Label(JobStateTransition t) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{JobStateNames.EventWord(t.Event)} {t.Records} ({t.Customers} "
                + $"{(t.Customers == 1 ? "customer" : "customers")})"
        );
}
