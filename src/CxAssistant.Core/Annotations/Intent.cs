namespace CxAssistant.Core.Annotations;

/// <summary>What the customer is doing with their message.</summary>
public enum Intent
{
    /// <summary>A plain statement or report with no clear ask.</summary>
    None,
    Complaint,
    Praise,
    Question,
    Suggestion,
    HelpRequest,
}
