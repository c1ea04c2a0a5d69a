namespace CxAssistant.Core.Annotations;

/// <summary>
/// The event a message signals in the customer's job loop (seed 002): they need information,
/// need the business to do something (service), are blocked, abandon (cancel), had to start a
/// side job (spawn), or got the job done.
/// </summary>
public enum JobStateEvent
{
    None,
    Information,
    Service,
    Blocker,
    Cancel,
    Spawn,
    Done,
}
