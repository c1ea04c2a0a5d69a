using CxAssistant.Core.Validation;

namespace CxAssistant.Core.Tests.Validation;

public sealed class EvidenceIdCheckTests
{
    private static readonly IReadOnlySet<string> Given = new HashSet<string>(["e1", "e2"]);

    [Fact]
    public void Check_GivenIds_NoFindings() =>
        Assert.Empty(EvidenceIdCheck.Check(["e1", "e2", "e1"], Given, "job-1", minimum: 2));

    [Fact]
    public void Check_InventedOrEmptyId_IsFound()
    {
        var findings = EvidenceIdCheck.Check(["e1", "e9", null], Given, "job-1");
        Assert.Equal(2, findings.Count);
        Assert.Contains(findings, f =>
            f.Message == "job-1 cites evidence 'e9', which is not one of the evidence items given"
        );
    }

    [Fact]
    public void Check_TooFewValidIds_IsFound()
    {
        var finding = Assert.Single(EvidenceIdCheck.Check(["e1"], Given, "persona-1", minimum: 2));
        Assert.Contains(
            "cites 1 of the given evidence items; at least 2 needed",
            finding.Message,
            StringComparison.Ordinal
        );
    }
}
