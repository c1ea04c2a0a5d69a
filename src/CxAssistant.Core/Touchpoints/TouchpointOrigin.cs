namespace CxAssistant.Core.Touchpoints;

/// <summary>Where a touchpoint came from: the user's catalog, a built-in preset, or the data itself.</summary>
public enum TouchpointOrigin
{
    Catalog,
    Preset,
    Discovered,
}
