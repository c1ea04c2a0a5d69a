using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CxAssistant.Agents.Prompts;
using CxAssistant.Core.Privacy;

namespace CxAssistant.Agents.Privacy;

/// <summary>
/// What the redaction gate does to text before it leaves the machine: personal data becomes numbered placeholders
/// ("[EMAIL-1]") that stay the same for the same value for the gate's lifetime (one run). Evidence elements
/// (<c>&lt;evidence id="…"&gt;…&lt;/evidence&gt;</c>) are redacted one by one, decoded, exactly as a record is redacted
/// on its
/// own, so a model's quote lines up with the record's redaction; JSON is redacted string by string. Placeholders that
/// are
/// already in the text (records redacted before the analysis) keep their numbers and are never reused for another
/// value.
/// </summary>
public sealed partial class PiiGate
{
    private readonly PiiRedactor _redactor;
    private readonly PlaceholderTable _table = new();

    /// <summary>A gate with the default detectors.</summary>
    public PiiGate(PiiRedactor? redactor = null) => _redactor = redactor ?? new PiiRedactor();

    /// <summary>Distinct values replaced so far, by type.</summary>
    public IReadOnlyDictionary<PiiType, int> Replaced => _table.Counts();

    /// <summary>Redacts free text (a prompt, a question, a model's earlier answer).</summary>
    public string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return text;
        }
        _table.ReserveAll(text);
        if (!text.Contains("<evidence", StringComparison.Ordinal))
        {
            return Plain(text);
        }
        var sb = new StringBuilder(text.Length);
        var last = 0;
        foreach (Match m in Evidence().Matches(text))
        {
            var inner = m.Groups["text"];
            sb.Append(Plain(text[last..inner.Index]));
            sb.Append(EvidenceBlock.Escape(Plain(Unescape(inner.Value))));
            last = inner.Index + inner.Length;
        }
        sb.Append(Plain(text[last..]));
        return sb.ToString();
    }

    /// <summary>Redacts every string inside a JSON value (tool results, function-call arguments), keys kept.</summary>
    public JsonNode? Redact(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o.ToList())
                {
                    o[key] = Redact(value?.DeepClone());
                }
                return o;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    a[i] = Redact(a[i]?.DeepClone());
                }
                return a;
            case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                return JsonValue.Create(Redact(v.GetValue<string>()));
            default:
                return node;
        }
    }

    private string Plain(string text) => text.Length == 0 ? text : _redactor.Redact(text, _table).Text;

    private static string Unescape(string text) =>
        text.Replace("&lt;", "<", StringComparison.Ordinal)
            .Replace("&gt;", ">", StringComparison.Ordinal)
            .Replace("&amp;", "&", StringComparison.Ordinal);

    [GeneratedRegex(
        "<evidence id=\"(?!\\.\\.\\.\")[^\"]*\">(?<text>.*?)</evidence>",
        RegexOptions.Singleline | RegexOptions.CultureInvariant
    )]
    private static partial Regex Evidence();
}
