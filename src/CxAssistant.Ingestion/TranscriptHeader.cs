using System.Text.RegularExpressions;

namespace CxAssistant.Ingestion;

/// <summary>
/// Recognises header lines at the top of transcripts ("Customer ID: C-1042", "Date: 2024-03-05",
/// "Channel: chat", "Ticket: 5531") and ids and dates in file names ("call_C-1042_2024-03-05.txt").
/// "Customer: …" is a header only when its value looks like an id or e-mail; otherwise it is the
/// customer's first turn.
/// </summary>
internal static partial class TranscriptHeader
{
    private static readonly HashSet<string> CustomerKeys =
    [
        "customer",
        "customer id",
        "customer number",
        "customer email",
        "client",
        "client id",
        "account",
        "account id",
        "caller id",
        "customer name",
    ];
    private static readonly HashSet<string> TimeKeys =
    [
        "date",
        "call date",
        "chat date",
        "started",
        "start time",
        "started at",
        "recorded",
        "recorded at",
        "time",
        "timestamp",
        "datetime",
        "created",
        "created at",
        "date time",
    ];
    private static readonly HashSet<string> ChannelKeys = ["channel", "type", "medium", "source"];
    private static readonly HashSet<string> OtherKeys =
    [
        "agent name",
        "agent id",
        "ticket",
        "ticket id",
        "case",
        "case id",
        "call id",
        "chat id",
        "conversation id",
        "session id",
        "order",
        "order id",
        "duration",
        "subject",
        "from",
        "to",
        "cc",
        "sent",
        "topic",
        "language",
        "queue",
        "product",
        "plan",
        "region",
        "segment",
        "transcript id",
        "title",
    ];

    /// <summary>Applies a header line to <paramref name="info"/>; false when the line is not a header.</summary>
    public static bool TryApply(string line, TranscriptInfo info)
    {
        var match = KeyValue().Match(line);
        if (!match.Success)
        {
            return false;
        }
        var key = ColumnName.Normalize(match.Groups["key"].Value);
        var value = match.Groups["value"].Value.Trim();
        if (CustomerKeys.Contains(key))
        {
            var explicitKey = key != "customer" && key != "client" && key != "account";
            if (!explicitKey && !IdLike().IsMatch(value))
            {
                return false;
            }
            info.CustomerId ??= value;
            return true;
        }
        if (TimeKeys.Contains(key))
        {
            if (!TimestampParser.TryParse(value, dayFirst: false, allowEpoch: false, out var timestamp))
            {
                return false;
            }
            info.Timestamp ??= timestamp;
            return true;
        }
        if (ChannelKeys.Contains(key))
        {
            info.Channel ??= ChannelInference.FromValue(value);
            info.Metadata[key] = value;
            return true;
        }
        if (!OtherKeys.Contains(key))
        {
            return false;
        }
        info.Metadata[key] = value;
        return true;
    }

    /// <summary>Customer id and date from the file name, when the header did not give them.</summary>
    public static void ApplyFileName(string fileName, TranscriptInfo info)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        if (info.CustomerId is null)
        {
            var match = NamedCustomer().Match(stem);
            if (!match.Success)
            {
                match = CodedId().Match(stem);
            }
            if (match.Success)
            {
                info.CustomerId = match.Groups["id"].Value;
            }
        }
        if (
            info.Timestamp is null
            && DateInName().Match(stem) is { Success: true } date
            && DateTimeOffset.TryParseExact(
                $"{date.Groups["y"].Value}-{date.Groups["m"].Value}-{date.Groups["d"].Value}",
                "yyyy-MM-dd",
                System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.AssumeUniversal,
                out var timestamp
            )
        )
        {
            info.Timestamp = timestamp;
        }
    }

    [GeneratedRegex(@"^\s*(?<key>[A-Za-z][A-Za-z _-]{0,24}?)\s*:\s*(?<value>\S.{0,80})$")]
    private static partial Regex KeyValue();

    [GeneratedRegex(@"^(?:[A-Za-z]{0,6}[-_#]?\d[\w-]*|[^@\s]+@[^@\s]+\.\w+)$")]
    private static partial Regex IdLike();

    [GeneratedRegex(
        @"(?i)(?:customer|cust|client|account|acct)[-_ ]?(?:id[-_ "
            + @"]?)?(?<id>[a-z]{0,4}-?\d[\w-]*?)(?=$|[_ .]|-\d{4}-\d{2})"
    )]
    private static partial Regex NamedCustomer();

    [GeneratedRegex(@"(?<![A-Za-z0-9])(?<id>[A-Z]{1,5}-\d{2,})(?![A-Za-z0-9])")]
    private static partial Regex CodedId();

    [GeneratedRegex(@"(?<!\d)(?<y>(?:19|20)\d{2})[-_.]?(?<m>0[1-9]|1[0-2])[-_.]?(?<d>0[1-9]|[12]\d|3[01])(?!\d)")]
    private static partial Regex DateInName();
}
