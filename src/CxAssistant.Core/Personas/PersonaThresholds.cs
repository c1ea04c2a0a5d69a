namespace CxAssistant.Core.Personas;

/// <summary>
/// When a persona counts as evidence-based. Below either threshold it is a proto-persona: a hypothesis about a
/// segment to be confirmed with more data (interviews, another survey wave), shown as such in every report.
/// The figures follow common practice for qualitative saturation (12–15 interviews per segment) and allow for
/// short feedback items carrying less than an interview.
/// </summary>
public static class PersonaThresholds
{
    public const int MinCustomers = 15;
    public const int MinRecords = 30;

    public static bool IsEvidenceBased(int customers, int records) =>
        customers >= MinCustomers && records >= MinRecords;
}
