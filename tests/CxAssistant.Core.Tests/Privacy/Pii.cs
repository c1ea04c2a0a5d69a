using CxAssistant.Core.Privacy;

namespace CxAssistant.Core.Tests.Privacy;

/// <summary>Runs the default redactor and lists what it found as (type, original text) pairs.</summary>
internal static class Pii
{
    private static readonly PiiRedactor Redactor = new();

    public static List<(PiiType Type, string Value)> Found(string text) =>
        Redactor.Redact(text).Redactions.Select(r => (r.Type, text[r.OriginalStart..r.OriginalEnd])).ToList();

    public static List<string> Found(string text, PiiType type) =>
        Found(text).Where(f => f.Type == type).Select(f => f.Value).ToList();
}
