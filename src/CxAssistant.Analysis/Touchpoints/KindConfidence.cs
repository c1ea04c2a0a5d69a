namespace CxAssistant.Analysis.Touchpoints;

/// <summary>How sure the choice of a kind of business (and so of a preset) is.</summary>
public enum KindConfidence
{
    /// <summary>The feedback reads as no kind of business a preset is written for: give a catalog.</summary>
    NoneFits,

    /// <summary>The winner barely leads: the preset is a guess; give a catalog.</summary>
    Low,
    Moderate,
    High,
}
