using System.Globalization;
using CxAssistant.Core.Evidence;

namespace CxAssistant.Core.Metrics;

/// <summary>
/// Customer lifetime value from order values in the evidence metadata (docs/engagement-metrics.md, "CLV").
/// Analytics summaries are not orders. An order is a distinct (customer, day, value) with a positive value, so one
/// order quoted in a survey and a
/// review counts once. Customers are customer ids (anonymous records count one each).
/// CLV = F × T × P with F = orders/customers/T_obs (per year), T = horizon or T_obs, P = AOV × margin;
/// with T = T_obs this is simply orders per customer × AOV × margin.
/// </summary>
public static class LifetimeValue
{
    /// <summary>
    /// Column names (normalised: lower case, no spaces, _ or -) read as an order value, in order of preference.
    /// </summary>
    public static readonly IReadOnlyList<string> ValueColumns =
    [
        "ordervalue",
        "orderamount",
        "ordertotal",
        "basketvalue",
        "basket",
        "amount",
        "total",
        "spend",
        "revenue",
    ];

    private const double DaysPerYear = 365.25;

    public static LifetimeValueResult? Compute(IReadOnlyList<EvidenceRecord> records, EngagementOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        options ??= new EngagementOptions();
        var column = options.OrderValueColumn ?? DetectColumn(records);
        if (column is null)
        {
            return null;
        }
        var orders = Orders(records, column);
        if (orders.Count == 0)
        {
            return null;
        }

        var result = Summarise(orders, options);
        var segments = new List<SegmentLifetimeValue>();
        foreach (var field in EngagementSegmentFields.Candidates(records, column))
        {
            var labels = SegmentFields.Classify(
                [.. orders.Select(o => EngagementCustomers.Field(o.Record, field))],
                options.Segments
            );
            if (labels is null)
            {
                continue;
            }
            var groups = Enumerable
                .Range(0, orders.Count)
                .Where(i => labels[i] is not null)
                .GroupBy(i => labels[i]!, StringComparer.Ordinal)
                .Where(g => g.Count() >= options.Segments.MinSegmentSize)
                .ToList();
            if (groups.Count < 2)
            {
                continue;
            }
            foreach (var g in groups.OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
            {
                var s = Summarise([.. g.Select(i => orders[i])], options);
                segments.Add(new SegmentLifetimeValue(field, g.Key, s.Customers, s.Orders, s.AverageOrderValue, s.Clv));
            }
        }
        return (result with { Column = column }) with { Segments = segments };
    }

    /// <summary>
    /// The first metadata column whose normalised name is a known order-value name and holds numbers.
    /// </summary>
    public static string? DetectColumn(IReadOnlyList<EvidenceRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var names = records.SelectMany(r => r.Metadata.Keys).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        foreach (var wanted in ValueColumns)
        {
            foreach (var name in names.Order(StringComparer.Ordinal))
            {
                if (
                    Normalise(name) == wanted
                    && records.Any(r =>
                        r.Channel != Channel.Analytics && ParseMoney(EngagementCustomers.Field(r, name)) > 0
                    )
                )
                {
                    return name;
                }
            }
        }
        return null;
    }

    /// <summary>Parses "189.95", "$1,200", "€ 24.99"; null when not a number.</summary>
    public static double? ParseMoney(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var cleaned = new string([.. text.Where(c => char.IsDigit(c) || c is '.' or '-')]);
        return
            double.TryParse(cleaned, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)
            ? v
            : null;
    }

    private sealed record Order(string Customer, DateTimeOffset? Day, double Value, EvidenceRecord Record);

    private static List<Order> Orders(IReadOnlyList<EvidenceRecord> records, string column)
    {
        var seen = new HashSet<(string, DateTime?, double)>();
        var orders = new List<Order>();
        foreach (var r in records)
        {
            if (r.Channel == Channel.Analytics)
            {
                continue; // summary rows hold totals, not orders
            }
            if (ParseMoney(EngagementCustomers.Field(r, column)) is not { } value || value <= 0)
            {
                continue;
            }
            var customer = EngagementCustomers.Key(r);
            if (seen.Add((customer, r.Timestamp?.UtcDateTime.Date, value)))
            {
                orders.Add(new Order(customer, r.Timestamp, value, r));
            }
        }
        return orders;
    }

    private static LifetimeValueResult Summarise(List<Order> orders, EngagementOptions options)
    {
        var customers = orders.Select(o => o.Customer).Distinct(StringComparer.Ordinal).Count();
        var aov = orders.Average(o => o.Value);
        var perCustomer = (double)orders.Count / customers;
        var dated = orders.Where(o => o.Day is not null).Select(o => o.Day!.Value).ToList();
        // A single day of data is treated as one day, so frequency stays finite (and large: say so in the report).
        double? observed = dated.Count == 0 ? null : Math.Max(1, (dated.Max() - dated.Min()).TotalDays) / DaysPerYear;
        double? frequency = observed is { } o ? perCustomer / o : null;
        var period = options.HorizonYears ?? observed;
        var profit = aov * options.Margin;
        var value = frequency is { } f && period is { } t ? f * t * profit : perCustomer * profit;
        return new LifetimeValueResult(
            "",
            orders.Count,
            customers,
            Statistics.Round(aov, 2),
            Statistics.Round(perCustomer, 3),
            frequency is { } fr ? Statistics.Round(fr, 3) : null,
            period is { } p ? Statistics.Round(p, 3) : null,
            options.HorizonYears is null,
            options.Margin,
            Statistics.Round(profit, 2),
            Statistics.Round(value, 2)
        );
    }

    private static string Normalise(string name) => new([.. name.ToLowerInvariant().Where(char.IsLetterOrDigit)]);
}
