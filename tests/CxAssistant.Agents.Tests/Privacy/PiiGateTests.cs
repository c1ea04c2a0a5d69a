using System.Text.Json.Nodes;
using CxAssistant.Agents.Privacy;
using CxAssistant.Agents.Prompts;

namespace CxAssistant.Agents.Tests.Privacy;

public sealed class PiiGateTests
{
    [Fact]
    public void Redact_SameValueTwice_GetsTheSamePlaceholderAndAnotherValueTheNext()
    {
        var gate = new PiiGate();

        var first = gate.Redact("Mail kim.lee@example.com about the refund.");
        var second = gate.Redact("KIM.LEE@example.com wrote again; so did sam@example.org.");

        Assert.Equal("Mail [EMAIL-1] about the refund.", first);
        Assert.Equal("[EMAIL-1] wrote again; so did [EMAIL-2].", second);
    }

    [Fact]
    public void Redact_EvidenceElements_RedactsEachRecordOnItsOwnAndKeepsTheMarkup()
    {
        var gate = new PiiGate();
        var block = EvidenceBlock.Format([
            ("e-1", "Hi Kim. Call me on 0033 1 42 68 53 00 <now>"),
            ("e-2", "Ship to 12 rue de la Paix, 75002 Paris"),
        ]);

        var redacted = gate.Redact("Label these:\n" + block);

        Assert.Equal(
            "Label these:\n<evidence id=\"e-1\">Hi [NAME-1]. Call me on [PHONE-1] &lt;now&gt;</evidence>\n"
                + "<evidence id=\"e-2\">Ship to [ADDRESS-1]</evidence>",
            redacted
        );
    }

    [Fact]
    public void Redact_TextAlreadyNumbered_NeverReusesItsNumbersForAnotherValue()
    {
        var gate = new PiiGate();

        var redacted = gate.Redact("[EMAIL-1] and [EMAIL-2] complained; bob@example.com too.");

        Assert.Equal("[EMAIL-1] and [EMAIL-2] complained; [EMAIL-3] too.", redacted);
    }

    [Fact]
    public void Redact_Json_RedactsEveryStringAndKeepsKeysAndNumbers()
    {
        var gate = new PiiGate();
        var json = JsonNode.Parse(
            """{"quote":"Thanks,\nMarta","phone":"+44 7700 900123","hits":[{"text":"Mr Patel helped"}],"n":3}"""
        );

        var redacted = gate.Redact(json)!.ToJsonString();

        Assert.Equal(
            """{"quote":"Thanks,\n[NAME-1]","phone":"[PHONE-1]","hits":[{"text":"Mr [NAME-2] helped"}],"n":3}""",
            redacted
        );
    }
}
