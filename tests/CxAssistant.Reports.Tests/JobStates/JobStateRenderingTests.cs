using System.Text;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.JobStates;

namespace CxAssistant.Reports.Tests.JobStates;

public sealed class JobStateRenderingTests
{
    [Fact]
    public void Render_HandMachine_ExactDiagram()
    {
        var machine = new JobStateMachine(
            "all",
            "All customers",
            [
                new JobStateNode(JobState.Start, 3, 3, 1, 0, 0),
                new JobStateNode(JobState.Trying, 2, 2, 0, 1, 0),
                new JobStateNode(JobState.Blocked, 1, 1, 0, 0, 0),
                new JobStateNode(JobState.Abandoned, 1, 1, 0, 0, 0),
            ],
            [
                new JobStateTransition(JobState.Start, JobState.Trying, JobStateEvent.None, 2, 2),
                new JobStateTransition(JobState.Start, JobState.Blocked, JobStateEvent.Blocker, 1, 1),
                new JobStateTransition(JobState.Trying, JobState.Abandoned, JobStateEvent.Cancel, 1, 1),
            ],
            [],
            FromTimelines: true
        );

        var expected = string.Join(
            '\n',
            "stateDiagram-v2",
            "  direction LR",
            "  state \"Trying\" as Trying",
            "  state \"Blocked\" as Blocked",
            "  state \"Abandoned\" as Abandoned",
            "  [*] --> Trying : none 2 (2 customers)",
            "  [*] --> Blocked : blocker 1 (1 customer)",
            "  Trying --> Abandoned : cancel 1 (1 customer)",
            "  Abandoned --> [*]",
            "  classDef bad fill:#f4a6a6",
            "  class Blocked,Abandoned bad",
            ""
        );
        Assert.Equal(expected, JobStateDiagram.Render(machine).Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_HostileCustomerText_EscapedInQuotes()
    {
        // AnalysisFixture's first record contains a <script> tag and the third a Markdown link.
        var analysis = AnalysisFixture.Build();
        var machines = JobStateMachineBuilder.Build(
            analysis.Records,
            analysis.Annotations,
            analysis.Catalog,
            new JobStateOptions { MinCustomers = 1 }
        );
        var sb = new StringBuilder();

        JobStatesSection.Write(sb, machines, analysis);

        var md = sb.ToString();
        Assert.DoesNotContain("<script>", md, StringComparison.Ordinal);
        Assert.DoesNotContain("[click me](", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NoMachines_WritesNothing()
    {
        var sb = new StringBuilder();
        JobStatesSection.Write(sb, [], AnalysisFixture.Build());
        Assert.Equal(0, sb.Length);
    }
}
