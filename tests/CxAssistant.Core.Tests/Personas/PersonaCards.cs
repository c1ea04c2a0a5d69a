using CxAssistant.Core.Analysis;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Personas;

namespace CxAssistant.Core.Tests.Personas;

/// <summary>A valid persona card over two small records, for tests to break one field at a time.</summary>
internal static class PersonaCards
{
    public static readonly EvidenceRecord First = Record("e1", "Waited 20 minutes for my pre-order. Missed my train.");
    public static readonly EvidenceRecord Second = Record("e2", "Lovely staff, but the app is slow in the morning.");

    public static IReadOnlyDictionary<string, EvidenceRecord> Evidence =>
        new Dictionary<string, EvidenceRecord> { ["e1"] = First, ["e2"] = Second };

    public static EvidenceQuote Waited => EvidenceQuote.Of(First, 0, 35);
    public static EvidenceQuote Train => EvidenceQuote.Of(First, 36, 51);
    public static EvidenceQuote Staff => EvidenceQuote.Of(Second, 0, 13);

    public static PersonaCard Valid(int customers = 20, int records = 40) =>
        new()
        {
            Id = "persona-1",
            Name = "Commuter Clara — the pre-order regular",
            Role = new PersonaRole(PersonaRoleKind.Customer, "Decides and uses it herself."),
            Context = [PersonaItem.Computed("Visit type: takeaway", "60% of this segment vs 40% of all customers")],
            Jobs = [PersonaItem.Quoted("Catch the train with breakfast in hand", Train)],
            Pains = [PersonaItem.Quoted("Long waits", Waited)],
            Gains = [PersonaItem.Quoted("Values Staff attitude", Staff)],
            EmpathyMap = new EmpathyMap(
                Says: [PersonaItem.Quoted(Waited.Text, Waited)],
                Thinks:
                [
                    PersonaItem.Computed("Thinks the product is worth coming back for", "12 of 20 customers praise"),
                ],
                Does: [PersonaItem.Computed("Gets in touch through surveys", "20 of 20 customers")],
                Feels: [new PersonaItem("Frustration", [Waited], "8 of 20 customers")],
                Sees: [PersonaItem.Quoted(Staff.Text, Staff)],
                Hears: [PersonaItem.Computed("Hears little from the business", "0 of 20 customers talked to staff")]
            ),
            Quotes = [Waited, Staff],
            Share = PersonaShare.Of(customers, 100, records, 200),
            KeyTouchpoints = [new KeyTouchpoint("pickup", "Pickup", 12, 9, -0.4)],
            Segment = new SegmentDefinition(
                [new SegmentTrait("metadata", "visit_type", "takeaway", 0.6, 0.4, 1.5)],
                "test"
            ),
            EvidenceBased = PersonaThresholds.IsEvidenceBased(customers, records),
            Provenance = Provenance.Offline,
        };

    private static EvidenceRecord Record(string id, string text) =>
        new()
        {
            Id = id,
            RecordId = id,
            Text = text,
            Channel = Channel.Survey,
            Source = new SourceLocation("survey.csv", 2),
        };
}
