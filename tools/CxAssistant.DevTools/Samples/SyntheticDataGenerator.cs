using System.Globalization;
using System.Text;
using CsvHelper;
using CxAssistant.Analysis.Personas;

namespace CxAssistant.DevTools.Samples;

/// <summary>
/// Deterministic synthetic feedback export for scale tests: an online outdoor-gear shop's survey answers,
/// reviews, emails, chats and social posts. Same (records, seed) → byte-identical output on every .NET
/// version and platform (own PRNG, integer maths, invariant formatting). Streams: memory does not grow
/// with <c>records</c>.
/// </summary>
/// <remarks>
/// Customers (about records/3 of them) recur; rows come out in time order over one year starting
/// 2026-01-01, so each customer's timestamps increase. Text tone follows the scores: NPS 0–6 and 1–2 stars
/// are complaints, NPS 9–10 and 5 stars praise, passives and 3 stars mostly mixed.
/// </remarks>
public static class SyntheticDataGenerator
{
    /// <summary>CSV header, in column order.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "id",
        "customer_id",
        "created_at",
        "channel",
        "nps",
        "rating",
        "plan",
        "region",
        "order_value",
        "text",
    ];

    private static readonly CsvWriterOptions CsvOptions = CsvWriterOptions.Default with { NewLine = "\n" };
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private const long SpanTicks = 365L * 24 * 60 * 60 * TimeSpan.TicksPerSecond;

    private static readonly string[] ChannelNames = ["survey", "review", "email", "chat", "social"];
    private static readonly int[] ChannelWeights = [50, 20, 10, 12, 8];

    // NPS answers 0..10: 30% detractors, 26% passives, 44% promoters before customer mood.
    private static readonly int[] NpsWeights = [3, 2, 3, 4, 4, 6, 8, 12, 14, 18, 26];
    private static readonly int[] RatingWeights = [12, 10, 14, 24, 40];

    private static readonly int[] ComplaintWeights = [.. SyntheticGrammar.Touchpoints.Select(t => t.ComplaintWeight)];
    private static readonly int[] PraiseWeights = [.. SyntheticGrammar.Touchpoints.Select(t => t.PraiseWeight)];
    private static readonly int ComplaintTotal = ComplaintWeights.Sum();
    private static readonly int PraiseTotal = PraiseWeights.Sum();

    /// <summary>
    /// Writes a header and <paramref name="records"/> rows as CSV (comma, "\n" line ends, invariant culture).
    /// </summary>
    public static void WriteCsv(TextWriter writer, int records, int seed = 42)
    {
        ArgumentNullException.ThrowIfNull(writer);
        using var csv = CsvWriter.Create(writer, CsvOptions, leaveOpen: true);
        csv.WriteHeader([.. Columns]);
        foreach (var row in Generate(records, seed))
        {
            csv.WriteField(row.Id);
            csv.WriteField(row.CustomerId);
            csv.WriteField(
                row.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            );
            csv.WriteField(row.Channel);
            csv.WriteField(row.Nps?.ToString(CultureInfo.InvariantCulture) ?? "");
            csv.WriteField(row.Rating?.ToString(CultureInfo.InvariantCulture) ?? "");
            csv.WriteField(row.Plan);
            csv.WriteField(row.Region);
            csv.WriteField(row.OrderValue?.ToString("F2", CultureInfo.InvariantCulture) ?? "");
            csv.WriteField(row.Text);
            csv.EndRecord();
        }
        csv.Flush();
    }

    /// <summary>Lazily yields <paramref name="records"/> rows in time order.</summary>
    public static IEnumerable<SyntheticRow> Generate(int records, int seed = 42)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(records);
        return GenerateCore(records, seed);
    }

    private static IEnumerable<SyntheticRow> GenerateCore(int records, int seed)
    {
        var baseSeed = 0x5EED_C0FF_EE00_0000UL ^ (ulong)(uint)seed;
        var rng = new StablePrng(baseSeed);
        var customers = Math.Max(1, records / 3);
        var regulars = Math.Max(1, customers / 5);
        var step = SpanTicks / Math.Max(1, records);
        var jitterRange = Math.Max(1, step * 9 / 10);
        var text = new StringBuilder(256);

        for (var i = 0; i < records; i++)
        {
            // Customers: a fifth of them are regulars who get a quarter of the rows.
            var customer = rng.Chance(25) ? rng.Next(regulars) : rng.Next(customers);
            var traits = StablePrng.Mix(baseSeed, (ulong)customer + 1);
            var plan = SyntheticGrammar.Plans[(int)(traits % (ulong)SyntheticGrammar.Plans.Length)];
            var region = SyntheticGrammar.Regions[(int)((traits >> 8) % (ulong)SyntheticGrammar.Regions.Length)];
            var mood = (int)((traits >> 16) % 5) switch
            {
                0 => -1,
                4 => 1,
                _ => 0,
            };

            var ticks = i * step + rng.NextInt64(jitterRange);
            var created = Start.AddTicks(ticks - ticks % TimeSpan.TicksPerSecond);
            var channel = ChannelNames[rng.PickWeighted(ChannelWeights, 100)];

            int? nps = null,
                rating = null;
            SyntheticTone tone;
            switch (channel)
            {
                case "survey":
                    nps = Math.Clamp(rng.PickWeighted(NpsWeights, 100) + 2 * mood, 0, 10);
                    tone =
                        nps <= 6 ? SyntheticTone.Complaint
                        : nps >= 9 ? SyntheticTone.Praise
                        : rng.Next(100) switch
                        {
                            < 60 => SyntheticTone.Mixed,
                            < 85 => SyntheticTone.Praise,
                            _ => SyntheticTone.Neutral,
                        };
                    break;
                case "review":
                    rating = Math.Clamp(rng.PickWeighted(RatingWeights, 100) + 1 + mood, 1, 5);
                    tone = rating switch
                    {
                        <= 2 => SyntheticTone.Complaint,
                        3 => SyntheticTone.Mixed,
                        4 => rng.Chance(70) ? SyntheticTone.Praise : SyntheticTone.Mixed,
                        _ => SyntheticTone.Praise,
                    };
                    break;
                case "social":
                    tone = rng.Next(100) switch
                    {
                        < 35 => SyntheticTone.Complaint,
                        < 75 => SyntheticTone.Praise,
                        < 90 => SyntheticTone.Neutral,
                        _ => SyntheticTone.Mixed,
                    };
                    break;
                default: // email, chat
                    tone = rng.Next(100) switch
                    {
                        < 55 => SyntheticTone.Complaint,
                        < 80 => SyntheticTone.Neutral,
                        < 90 => SyntheticTone.Mixed,
                        _ => SyntheticTone.Praise,
                    };
                    break;
            }

            var product = rng.Next(SyntheticGrammar.Products.Length);
            decimal? orderValue = null;
            if (channel != "social")
            {
                long cents = SyntheticGrammar.PricesCents[product];
                if (rng.Chance(40))
                {
                    cents += rng.Pick(SyntheticGrammar.PricesCents);
                }
                if (rng.Chance(15))
                {
                    cents += rng.Pick(SyntheticGrammar.PricesCents);
                }
                orderValue = cents / 100m;
            }

            var slots = new Slots(SyntheticGrammar.Products[product], region);
            text.Clear();
            var touchpoint = WriteText(text, tone, ref rng, slots);
            if (channel == "survey" && rng.Chance(4))
            {
                text.Clear();
            }
            var body = Wrap(text, channel, ref rng);

            yield return new SyntheticRow(
                $"SYN-{i + 1:D7}",
                $"CUST-{customer + 1:D6}",
                created,
                channel,
                nps,
                rating,
                plan,
                region,
                orderValue,
                body
            )
            {
                TouchpointId = touchpoint,
                Tone = tone,
            };
        }
    }

    private readonly record struct Slots(string Product, string Region);

    private static string WriteText(StringBuilder sb, SyntheticTone tone, ref StablePrng rng, Slots slots)
    {
        var tps = SyntheticGrammar.Touchpoints;
        switch (tone)
        {
            case SyntheticTone.Complaint:
            {
                var tp = tps[rng.PickWeighted(ComplaintWeights, ComplaintTotal)];
                sb.Append(rng.Pick(SyntheticGrammar.ComplaintOpeners));
                Append(
                    sb,
                    rng.Pick(tp.Complaints),
                    ref rng,
                    slots,
                    complaint: true,
                    lowerFirst: sb.Length > 0 && !EndsSentence(sb)
                );
                if (rng.Chance(50))
                {
                    sb.Append(' ');
                    Append(sb, rng.Pick(tp.ComplaintDetails), ref rng, slots, true, false);
                }
                if (rng.Chance(15))
                {
                    sb.Append(' ').Append(rng.Pick(SyntheticGrammar.JobContexts));
                }
                if (rng.Chance(20))
                {
                    var other = tps[rng.PickWeighted(ComplaintWeights, ComplaintTotal)];
                    if (other.Id != tp.Id)
                    {
                        sb.Append(" Also, ");
                        Append(sb, rng.Pick(other.Complaints), ref rng, slots, true, true);
                    }
                }
                sb.Append(rng.Pick(SyntheticGrammar.ComplaintClosers));
                return tp.Id;
            }
            case SyntheticTone.Praise:
            {
                var tp = tps[rng.PickWeighted(PraiseWeights, PraiseTotal)];
                sb.Append(rng.Pick(SyntheticGrammar.PraiseOpeners));
                Append(sb, rng.Pick(tp.Praises), ref rng, slots, complaint: false, lowerFirst: false);
                if (tp.PraiseDetails.Length > 0 && rng.Chance(35))
                {
                    sb.Append(' ');
                    Append(sb, rng.Pick(tp.PraiseDetails), ref rng, slots, false, false);
                }
                if (rng.Chance(15))
                {
                    sb.Append(' ').Append(rng.Pick(SyntheticGrammar.JobContexts));
                }
                if (rng.Chance(20))
                {
                    var other = tps[rng.PickWeighted(PraiseWeights, PraiseTotal)];
                    if (other.Id != tp.Id)
                    {
                        sb.Append(" And ");
                        Append(sb, rng.Pick(other.Praises), ref rng, slots, false, true);
                    }
                }
                sb.Append(rng.Pick(SyntheticGrammar.PraiseClosers));
                return tp.Id;
            }
            case SyntheticTone.Mixed:
            {
                var good = tps[rng.PickWeighted(PraiseWeights, PraiseTotal)];
                var bad = tps[rng.PickWeighted(ComplaintWeights, ComplaintTotal)];
                var praiseFirst = rng.Chance(55);
                var first = praiseFirst ? rng.Pick(good.Praises) : rng.Pick(bad.Complaints);
                var second = praiseFirst ? rng.Pick(bad.Complaints) : rng.Pick(good.Praises);
                Append(sb, first, ref rng, slots, complaint: !praiseFirst, lowerFirst: false);
                TrimSentenceEnd(sb);
                sb.Append(rng.Pick(SyntheticGrammar.MixedJoins));
                Append(sb, second, ref rng, slots, complaint: praiseFirst, lowerFirst: true);
                sb.Append(rng.Pick(SyntheticGrammar.MixedClosers));
                return bad.Id;
            }
            default:
            {
                if (rng.Chance(60))
                {
                    var tp = tps[rng.Next(tps.Length)];
                    Append(sb, rng.Pick(tp.Questions), ref rng, slots, false, false);
                    return tp.Id;
                }
                Append(sb, rng.Pick(SyntheticGrammar.NeutralStatements), ref rng, slots, false, false);
                return "";
            }
        }
    }

    private static string Wrap(StringBuilder text, string channel, ref StablePrng rng)
    {
        if (text.Length == 0)
        {
            return "";
        }
        switch (channel)
        {
            case "email":
                // Emails keep their line breaks, as exports do: greeting, blank line, body, sign-off.
                return rng.Pick(SyntheticGrammar.EmailGreetings)
                    + "\n\n"
                    + text
                    + "\n\n"
                    + rng.Pick(SyntheticGrammar.SignOffs)
                    + "\n"
                    + rng.Pick(SyntheticGrammar.Names);
            case "chat":
                return rng.Chance(35) ? text.ToString().ToLowerInvariant() : text.ToString();
            case "social":
                var prefix = rng.Pick(SyntheticGrammar.SocialPrefixes);
                if (
                    prefix.Length > 0
                    && char.IsUpper(text[0])
                    && !(text.Length > 1 && (text[1] == ' ' || text[1] == '\''))
                )
                {
                    text[0] = char.ToLowerInvariant(text[0]);
                }
                return prefix + text + rng.Pick(SyntheticGrammar.SocialSuffixes);
            default:
                return text.ToString();
        }
    }

    private static bool EndsSentence(StringBuilder sb)
    {
        for (var i = sb.Length - 1; i >= 0; i--)
        {
            var c = sb[i];
            if (c == ' ')
            {
                continue;
            }
            return c is '.' or '!' or '?';
        }
        return true;
    }

    private static void TrimSentenceEnd(StringBuilder sb)
    {
        while (sb.Length > 0 && sb[^1] is '.' or '!')
        {
            sb.Length--;
        }
    }

    /// <summary>
    /// Appends a template with its slots filled; optionally lower-cases its first letter (mid-sentence).
    /// </summary>
    private static void Append(
        StringBuilder sb,
        string template,
        ref StablePrng rng,
        Slots slots,
        bool complaint,
        bool lowerFirst
    )
    {
        var start = sb.Length;
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if (c != '{')
            {
                sb.Append(c);
                continue;
            }
            var close = template.IndexOf('}', i);
            var name = template.AsSpan(i + 1, close - i - 1);
            i = close;
            if (name.SequenceEqual("product"))
            {
                sb.Append(slots.Product);
            }
            else if (name.SequenceEqual("region"))
            {
                sb.Append(slots.Region);
            }
            else if (name.SequenceEqual("days"))
            {
                sb.Append(complaint ? rng.Next(6, 23) : rng.Next(1, 4));
            }
            else if (name.SequenceEqual("minutes"))
            {
                sb.Append(rng.Next(20, 76));
            }
            else if (name.SequenceEqual("amount"))
            {
                sb.Append(rng.Pick(SyntheticGrammar.Amounts));
            }
            else if (name.SequenceEqual("agent"))
            {
                sb.Append(rng.Pick(SyntheticGrammar.Agents));
            }
            else if (name.SequenceEqual("carrier"))
            {
                sb.Append(rng.Pick(SyntheticGrammar.Carriers));
            }
            else if (name.SequenceEqual("size"))
            {
                sb.Append(rng.Pick(SyntheticGrammar.Sizes));
            }
            else
            {
                sb.Append('{').Append(name).Append('}');
            }
        }
        if (
            lowerFirst
            && sb.Length > start + 1
            && char.IsUpper(sb[start])
            && sb[start + 1] is not (' ' or '\'')
            && !char.IsUpper(sb[start + 1])
            && !template.StartsWith("{agent}", StringComparison.Ordinal)
            && !template.StartsWith("{carrier}", StringComparison.Ordinal)
        )
        {
            sb[start] = char.ToLowerInvariant(sb[start]);
        }
    }
}
