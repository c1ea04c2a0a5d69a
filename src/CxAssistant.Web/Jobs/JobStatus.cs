namespace CxAssistant.Web.Jobs;

/// <summary>Where a background job is.</summary>
public enum JobStatus
{
    Running,
    Succeeded,
    Failed,
    Cancelled,
}
