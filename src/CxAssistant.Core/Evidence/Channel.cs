namespace CxAssistant.Core.Evidence;

/// <summary>Where a piece of evidence came from, as a CX lead would name it.</summary>
public enum Channel
{
    Other,
    Survey,
    Review,
    SupportCall,
    Chat,
    Email,
    Social,
    SalesNote,
    Analytics,
}
