namespace CxAssistant.Hosting;

/// <summary>Process exit codes of `cx` and its developer commands, documented in the README.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Nothing could be done: bad arguments, unreadable catalog, no readable evidence.</summary>
    public const int Failed = 1;

    /// <summary>
    /// The analysis ran, but some files or rows were skipped because of errors (listed in the report).
    /// </summary>
    public const int CompletedWithErrors = 2;

    /// <summary>
    /// <c>cx analyze --fail-on-alert</c>: the analysis ran and wrote its outputs, and at least one alert threshold was
    /// crossed (listed in alerts.json). Takes precedence over <see cref="CompletedWithErrors"/>.
    /// </summary>
    public const int Alert = 3;

    /// <summary>Cancelled by the user (Ctrl-C); nothing half-written was left behind.</summary>
    public const int Cancelled = 130;
}
