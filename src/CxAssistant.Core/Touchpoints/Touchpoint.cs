namespace CxAssistant.Core.Touchpoints;

/// <summary>Any interaction a customer has with the business (website, checkout, delivery, support call…).</summary>
public sealed record Touchpoint
{
    /// <summary>Kebab-case id, unique within a catalog ("customer-service").</summary>
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string Description { get; init; } = "";
    public JourneyStage Stage { get; init; } = JourneyStage.Usage;

    /// <summary>Extra words or phrases the user wants matched (optional).</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public string? Channel { get; init; }

    /// <summary>The team responsible ("Support", "Logistics"…).</summary>
    public string? Owner { get; init; }
    public TouchpointOrigin Origin { get; init; } = TouchpointOrigin.Catalog;
}
