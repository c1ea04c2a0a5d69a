using CxAssistant.Analysis.Hypotheses;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Annotations;

namespace CxAssistant.Analysis.Tests.Hypotheses;

/// <summary>
/// One preset covers clinics, trades at home and repair shops: which kind a business is comes from its own customers'
/// words (industry_words with customers_say), a remedy written for one kind reaches only a business whose records show
/// it, a remedy addresses only pains whose records speak of its situation, and a hypothesis quotes only records that
/// carry the pain it addresses.
/// </summary>
public sealed class RemedyKindFromDataTests
{
    private const string Yaml = """
        industry_words:
          - name: home-visit
            words: [arrival window, arrival windows]
            kinds: []
            customers_say: [engineer, plumber]
          - name: appointments
            words: []
            kinds: []
            customers_say: [dentist, hygienist, appointment]
        remedies:
          - id: arrival-window
            said: [home-visit]
            pains: [long-wait]
            touchpoints: [any]
            title: Two-hour windows for every visit
            change: Book visits in two-hour slots and text when on the way.
            resources: Routing settings.
            effort: low
            consequences: [Fewer visits a day.]
          - id: running-late-text
            said: [appointments]
            pains: [long-wait]
            touchpoints: [any]
            title: A text when the diary runs late
            change: Text the next clients when the diary runs late.
            resources: Reception time.
            effort: low
            consequences: [More texts.]
        """;

    private static AnalysisResult Business(string text, string pain, int count = 6) =>
        HypothesisAnalysisFixture.Build([
            .. Enumerable.Range(0, count).Select(i => ($"{text} ({i})", "delivery", (string[])[pain], (int?)null)),
        ]);

    private static List<string?> Remedies(AnalysisResult analysis, string yaml = Yaml) =>
        [
            .. HypothesisDrafter
                .Draft(analysis, new HypothesisOptions { Catalogue = RemedyCatalogue.Parse(yaml, "test.yaml") })
                .Touchpoints.SelectMany(t => t.Hypotheses)
                .Select(h => h.RemedyId),
        ];

    [Theory]
    [InlineData(
        "Waited 50 minutes past my appointment before the dentist saw me.",
        "running-late-text",
        "arrival-window"
    )]
    [InlineData("Waited in all morning and the engineer came at 3pm.", "arrival-window", "running-late-text")]
    public void Draft_RemedyOfAKind_OnlyWhereTheCustomersSpeakAsThatKindsCustomers(
        string text,
        string proposed,
        string notProposed
    )
    {
        var remedies = Remedies(Business(text, PainKind.LongWait));

        Assert.Contains(proposed, remedies);
        Assert.DoesNotContain(notProposed, remedies);
    }

    [Fact]
    public void Draft_KindShownElsewhereInTheBusiness_NotEnoughWhenThePainsRecordsDoNotSpeakOfIt()
    {
        // The practice's records praise an engineer who fixed the chair, but the waits are waiting-room waits.
        var analysis = HypothesisAnalysisFixture.Build([
            .. Enumerable
                .Range(0, 6)
                .Select(i =>
                    ($"The engineer fixed the chair quickly, thanks ({i}).", "returns", (string[])[], (int?)null)
                ),
            .. Enumerable
                .Range(0, 6)
                .Select(i =>
                    (
                        $"Waited 40 minutes past my appointment ({i}).",
                        "delivery",
                        (string[])[PainKind.LongWait],
                        (int?)null
                    )
                ),
        ]);

        var remedies = Remedies(analysis);

        Assert.Contains("running-late-text", remedies);
        Assert.DoesNotContain("arrival-window", remedies);
    }

    [Fact]
    public void Foreign_WordsOfALearnedKind_ForeignUnlessTheRecordsShowIt_WhateverTheCatalog()
    {
        var catalogue = RemedyCatalogue.Parse(Yaml, "test.yaml");
        var homeVisit = catalogue.Named["home-visit"];
        var text = "Book two-hour arrival windows.";

        Assert.Equal(["arrival windows"], catalogue.Foreign(text, "local-services", _ => false));
        Assert.Equal(["arrival windows"], catalogue.Foreign(text, "none", _ => false));
        Assert.Empty(catalogue.Foreign(text, "local-services", k => k == homeVisit));
    }

    [Fact]
    public void Draft_RemedyWithAnotherKindsWords_NotDraftedWhereTheRecordsDoNotShowThatKind()
    {
        var yaml = Yaml.Replace(
            "change: Text the next clients when the diary runs late.",
            "change: Text the next clients when the diary runs late, as with arrival windows.",
            StringComparison.Ordinal
        );

        Assert.DoesNotContain(
            "running-late-text",
            Remedies(Business("Waited 50 minutes past my appointment.", PainKind.LongWait), yaml)
        );
        Assert.Contains(
            "running-late-text",
            Remedies(Business("Waited 50 minutes past my appointment for the plumber.", PainKind.LongWait), yaml)
        );
    }

    [Theory]
    [InlineData("travel", false)]
    [InlineData("local-services", true)]
    [InlineData("none", true)]
    public void ShownKinds_KindWrittenForOtherPresets_NotShownWhateverTheCustomersSay(string business, bool shown)
    {
        // An airline's customers say "class" and "member" as often as a gym's: the words show a gym only where the
        // business is read as one that can be a gym (or by its own catalog, where the records alone decide).
        var catalogue = RemedyCatalogue.Parse(
            """
            industry_words:
              - name: membership
                words: [membership]
                kinds: []
                customers_say: [class, member]
                presets: [local-services]
            remedies: []
            """,
            "test.yaml"
        );
        var analysis = Business("Upgraded to business class as a gold member and waited an hour.", PainKind.LongWait);

        var kinds = TouchpointContext.ShownKinds(analysis, catalogue.Industry, business);

        Assert.Equal(shown, kinds.Any(k => k.Name == "membership"));
    }

    [Fact]
    public void Parse_PresetsNamesNoPreset_IsAnError()
    {
        var error = Assert.Throws<InvalidDataException>(() =>
            RemedyCatalogue.Parse(
                """
                industry_words:
                  - name: membership
                    words: []
                    kinds: []
                    customers_say: [gym]
                    presets: [local-service]
                remedies: []
                """,
                "test.yaml"
            )
        );

        Assert.Contains("'local-service'", error.Message);
    }

    [Fact]
    public void Parse_SaidNamesNoKind_IsAnError()
    {
        var yaml = Yaml.Replace("said: [home-visit]", "said: [workshop]", StringComparison.Ordinal);

        var error = Assert.Throws<InvalidDataException>(() => RemedyCatalogue.Parse(yaml, "test.yaml"));
        Assert.Contains("workshop", error.Message, StringComparison.Ordinal);
    }

    private const string TidyYaml = """
        remedies:
          - id: tidy-up
            pains: [long-wait, defect]
            touchpoints: [any]
            signals: [mess, muddy]
            title: A tidy before leaving
            change: Tidy up before leaving.
            resources: Five minutes.
            effort: low
            consequences: [Longer visits.]
        """;

    [Theory]
    [InlineData("The fitting they sent was broken.", PainKind.LongWait)]
    [InlineData("The fitting was broken and they left a muddy mess.", PainKind.Defect)]
    public void Draft_RemediesLaterPain_OnlyWhereThosePainRecordsUseItsWords(string text, string pain)
    {
        // The tidy-up is written for waits first; its words are said here with waits, so a defect is its business only
        // when the defect is the mess.
        var analysis = HypothesisAnalysisFixture.Build([
            .. Enumerable
                .Range(0, 6)
                .Select(i => ($"{text} ({i})", "delivery", (string[])[PainKind.Defect], (int?)null)),
            .. Enumerable
                .Range(0, 2)
                .Select(i =>
                    (
                        $"Waited all day and they left a mess ({i}).",
                        "delivery",
                        (string[])[PainKind.LongWait],
                        (int?)null
                    )
                ),
        ]);

        var hypothesis = Assert.Single(
            HypothesisDrafter
                .Draft(analysis, new HypothesisOptions { Catalogue = RemedyCatalogue.Parse(TidyYaml, "test.yaml") })
                .Touchpoints.SelectMany(t => t.Hypotheses)
        );

        Assert.Equal("tidy-up", hypothesis.RemedyId);
        Assert.Equal(pain, hypothesis.Pain);
    }

    [Fact]
    public void Draft_Quote_IsARecordCarryingThePainAddressed_NotOneThatOnlyUsesTheRemedysWords()
    {
        var yaml = """
            remedies:
              - id: label-help
                pains: [long-wait]
                touchpoints: [any]
                signals: [label]
                title: Faster labels
                change: Send the label at once.
                resources: A developer.
                effort: low
                consequences: [Costs.]
            """;
        var analysis = HypothesisAnalysisFixture.Build([
            .. Enumerable
                .Range(0, 4)
                .Select(i =>
                    (
                        $"Label printer broke, the label was wrong ({i}).",
                        "delivery",
                        (string[])[PainKind.Defect],
                        (int?)null
                    )
                ),
            .. Enumerable
                .Range(0, 3)
                .Select(i =>
                    ($"Waited two weeks for it to arrive ({i}).", "delivery", (string[])[PainKind.LongWait], (int?)null)
                ),
        ]);

        var hypothesis = Assert.Single(
            HypothesisDrafter
                .Draft(analysis, new HypothesisOptions { Catalogue = RemedyCatalogue.Parse(yaml, "test.yaml") })
                .Touchpoints.SelectMany(t => t.Hypotheses)
        );

        Assert.Equal(PainKind.LongWait, hypothesis.Pain);
        Assert.NotEmpty(hypothesis.Evidence);
        Assert.All(hypothesis.Evidence, q => Assert.StartsWith("Waited", q.Text, StringComparison.Ordinal));
    }
}
