namespace CxAssistant.Analysis.Touchpoints;

/// <summary>
/// A touchpoint catalog (or knowledge file) that cannot be used; the message names the file, line and problem.
/// </summary>
public sealed class CatalogException : Exception
{
    public CatalogException(string message)
        : base(message) { }

    public CatalogException(string message, Exception inner)
        : base(message, inner) { }
}
