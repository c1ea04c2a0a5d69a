using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CsvHelper;
using YamlDotNet.RepresentationModel;

namespace CxAssistant.DevTools.Tests.Samples;

/// <summary>Sanity checks for the hand-written sample businesses under samples/.</summary>
public partial class SampleDataTests
{
    private static readonly string Root = SampleRuns.Root;
    private static string Bloom => Path.Combine(Root, "samples", "bloom-and-crumb");
    private static string Trailhead => Path.Combine(Root, "samples", "trailhead-outfitters");

    private sealed record Table(IReadOnlyList<string> Headers, List<Dictionary<string, string>> Rows);

    private static Table ReadCsv(string path, char? separator = null)
    {
        var options = CsvReaderOptions.Default with { Separator = separator };
        using var reader = CsvReader.FromFile(path, options);
        var rows = new List<Dictionary<string, string>>();
        var headers = reader.Headers.ToList();
        while (reader.Read())
        {
            Assert.Equal(headers.Count, reader.FieldCount);
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < headers.Count; i++)
            {
                row[headers[i]] = reader.GetString(i);
            }
            rows.Add(row);
        }
        return new Table(headers, rows);
    }

    private static List<JsonElement> ReadJsonl(string path)
    {
        var list = new List<JsonElement>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                continue;
            }
            using var doc = JsonDocument.Parse(line);
            list.Add(doc.RootElement.Clone());
        }
        return list;
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static void AssertUnique(IEnumerable<string> ids)
    {
        var list = ids.ToList();
        Assert.All(list, id => Assert.False(string.IsNullOrWhiteSpace(id)));
        Assert.Equal(list.Count, list.Distinct(StringComparer.Ordinal).Count());
    }

    /// <summary>An optional integer cell: null when blank.</summary>
    private static int? Int(string value) => value.Length == 0 ? null : int.Parse(value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^Customer:\s*(\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex CustomerHeader();

    private static IEnumerable<(string File, string Customer)> TranscriptCustomers(string dir)
    {
        foreach (
            var file in Directory
                .EnumerateFiles(dir)
                .Where(f =>
                    f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".vtt", StringComparison.Ordinal)
                )
        )
        {
            var m = CustomerHeader().Match(File.ReadAllText(file));
            Assert.True(m.Success, $"no Customer: header in {file}");
            yield return (file, m.Groups[1].Value);
        }
    }

    private static void AssertTranscripts(string dir, int minTxt, int minVtt)
    {
        var txt = Directory.GetFiles(dir, "*.txt");
        var vtt = Directory.GetFiles(dir, "*.vtt");
        Assert.True(txt.Length >= minTxt, $"{txt.Length} .txt transcripts");
        Assert.True(vtt.Length >= minVtt, $"{vtt.Length} .vtt transcripts");
        foreach (var file in txt)
        {
            var lines = File.ReadAllLines(file);
            Assert.StartsWith("Customer: ", lines[0], StringComparison.Ordinal);
            Assert.Matches(@"^Date: \d{4}-\d{2}-\d{2}$", lines[1]);
            Assert.Matches(@"^Channel: (phone|chat|email)$", lines[2]);
            var turns = lines
                .Skip(3)
                .Where(l =>
                    l.StartsWith("Agent: ", StringComparison.Ordinal)
                    || l.StartsWith("Customer: ", StringComparison.Ordinal)
                )
                .ToList();
            Assert.True(turns.Count >= 6, file);
            Assert.Contains(turns, t => t.StartsWith("Agent: ", StringComparison.Ordinal));
            Assert.Contains(turns, t => t.StartsWith("Customer: ", StringComparison.Ordinal));
        }
        foreach (var file in vtt)
        {
            var text = File.ReadAllText(file);
            Assert.StartsWith("WEBVTT", text, StringComparison.Ordinal);
            Assert.Contains("<v Agent>", text, StringComparison.Ordinal);
            Assert.Contains("<v Customer>", text, StringComparison.Ordinal);
            Assert.Matches(@"\d{2}:\d{2}:\d{2}\.\d{3} --> \d{2}:\d{2}:\d{2}\.\d{3}", text);
        }
    }

    private static void AssertFrontMatter(string path)
    {
        var text = File.ReadAllText(path);
        Assert.StartsWith("---\n", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        var end = text.IndexOf("\n---", 4, StringComparison.Ordinal);
        Assert.True(end > 0, path);
        var yaml = new YamlStream();
        yaml.Load(new StringReader(text[4..end]));
        Assert.IsType<YamlMappingNode>(yaml.Documents[0].RootNode);
    }

    // ---------------- Bloom & Crumb ----------------

    [Fact]
    public void BloomSurveyParsesWithExpectedColumnsAndRanges()
    {
        var t = ReadCsv(Path.Combine(Bloom, "survey-nps.csv"));
        Assert.Equal(
            [
                "response_id",
                "submitted_at",
                "customer_id",
                "nps",
                "csat",
                "comment",
                "visit_type",
                "location",
                "importance_order_ready_on_time",
                "satisfaction_order_ready_on_time",
                "importance_fresh_pastries",
                "satisfaction_fresh_pastries",
                "importance_easy_online_ordering",
                "satisfaction_easy_online_ordering",
            ],
            t.Headers
        );
        Assert.InRange(t.Rows.Count, 120, 400);
        AssertUnique(t.Rows.Select(r => r["response_id"]));
        foreach (var r in t.Rows)
        {
            Assert.InRange(int.Parse(r["nps"], CultureInfo.InvariantCulture), 0, 10);
            if (Int(r["csat"]) is { } c)
            {
                Assert.InRange(c, 1, 5);
            }
            Assert.Contains(r["visit_type"], new[] { "dine-in", "takeaway", "delivery" });
            Assert.Matches(@"^C-\d{4}$", r["customer_id"]);
            Assert.True(DateTime.TryParse(r["submitted_at"], CultureInfo.InvariantCulture, out _));
            foreach (
                var col in t.Headers.Where(h =>
                    h.StartsWith("importance_", StringComparison.Ordinal)
                    || h.StartsWith("satisfaction_", StringComparison.Ordinal)
                )
            )
            {
                if (Int(r[col]) is { } v)
                {
                    Assert.InRange(v, 1, 10);
                }
            }
        }
        Assert.Equal(3, t.Rows.Select(r => r["location"]).Distinct().Count());
        Assert.Contains(t.Rows, r => r["comment"].Length == 0);
        Assert.Contains(t.Rows, r => r["csat"].Length == 0);
        // Sentiment is genuinely mixed: promoters and detractors both present in numbers.
        Assert.True(t.Rows.Count(r => int.Parse(r["nps"], CultureInfo.InvariantCulture) >= 9) >= 30);
        Assert.True(t.Rows.Count(r => int.Parse(r["nps"], CultureInfo.InvariantCulture) <= 6) >= 30);
        // The JTBD story: "order ready on time" is the most underserved outcome.
        double Opportunity(string outcome)
        {
            var pairs = t.Rows.Where(r => r["importance_" + outcome].Length > 0).ToList();
            var imp = pairs.Average(r => int.Parse(r["importance_" + outcome], CultureInfo.InvariantCulture));
            var sat = pairs.Average(r => int.Parse(r["satisfaction_" + outcome], CultureInfo.InvariantCulture));
            return imp + Math.Max(imp - sat, 0);
        }
        Assert.True(Opportunity("order_ready_on_time") > Opportunity("easy_online_ordering"));
        Assert.True(Opportunity("easy_online_ordering") > Opportunity("fresh_pastries"));
        Assert.True(Opportunity("order_ready_on_time") >= 12);
    }

    [Fact]
    public void BloomReviewsAndInstagramParse()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Bloom, "google-reviews.json")));
        var reviews = doc.RootElement.EnumerateArray().ToList();
        Assert.InRange(reviews.Count, 40, 200);
        AssertUnique(reviews.Select(r => Str(r, "review_id")!));
        foreach (var r in reviews)
        {
            Assert.InRange(r.GetProperty("rating").GetInt32(), 1, 5);
            Assert.NotNull(Str(r, "author"));
            Assert.NotNull(Str(r, "text"));
            Assert.True(
                DateOnly.TryParseExact(
                    Str(r, "date"),
                    "yyyy-MM-dd",
                    CultureInfo.InvariantCulture,
                    DateTimeStyles.None,
                    out _
                )
            );
        }
        Assert.Contains(reviews, r => r.TryGetProperty("customer_id", out _));
        Assert.Contains(reviews, r => !r.TryGetProperty("customer_id", out _));
        Assert.Single(reviews, r => Str(r, "text")!.Contains("<script>alert('x')</script>", StringComparison.Ordinal));

        var ig = ReadJsonl(Path.Combine(Bloom, "instagram-comments.jsonl"));
        Assert.InRange(ig.Count, 30, 200);
        AssertUnique(ig.Select(c => Str(c, "comment_id")!));
        Assert.All(ig, c => Assert.False(string.IsNullOrWhiteSpace(Str(c, "text"))));
        Assert.Contains(ig, c => Str(c, "text")!.Any(ch => char.IsSurrogate(ch))); // emoji
    }

    [Fact]
    public void BloomTranscriptsAndNotesAreWellFormed()
    {
        AssertTranscripts(Path.Combine(Bloom, "support"), minTxt: 6, minVtt: 2);
        AssertFrontMatter(Path.Combine(Bloom, "sales-notes.md"));
        AssertFrontMatter(Path.Combine(Bloom, "analytics-summary.md"));
        Assert.Contains("|", File.ReadAllText(Path.Combine(Bloom, "analytics-summary.md")), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Bloom, "catalog.yaml")), "Bloom & Crumb relies on the restaurant preset");
    }

    [Fact]
    public void BloomCustomersRecurAcrossFiles()
    {
        var survey = ReadCsv(Path.Combine(Bloom, "survey-nps.csv")).Rows.Select(r => r["customer_id"]).ToHashSet();
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Bloom, "google-reviews.json")));
        var reviews = doc.RootElement.EnumerateArray().Select(r => Str(r, "customer_id")).OfType<string>().ToHashSet();
        var ig = ReadJsonl(Path.Combine(Bloom, "instagram-comments.jsonl"))
            .Select(c => Str(c, "customer_id"))
            .OfType<string>()
            .ToHashSet();
        var support = TranscriptCustomers(Path.Combine(Bloom, "support")).Select(x => x.Customer).ToHashSet();

        Assert.True(survey.Intersect(reviews).Count() >= 10);
        Assert.True(survey.Intersect(ig).Count() >= 5);
        Assert.All(support, c => Assert.Contains(c, survey)); // every support contact also answered the survey
        var inThree = survey.Count(c => new[] { reviews, ig, support }.Count(s => s.Contains(c)) >= 2);
        Assert.True(inThree >= 3, $"{inThree} customers in survey + 2 other sources");
        // C-1042's timeline: support call, survey, review.
        Assert.Contains("C-1042", support);
        Assert.Contains("C-1042", reviews);
    }

    // ---------------- Trailhead Outfitters ----------------

    [Fact]
    public void TrailheadSurveyParses()
    {
        var t = ReadCsv(Path.Combine(Trailhead, "nps-survey.csv"));
        Assert.Equal(
            ["customer_id", "date", "loyalty_tier", "region", "order_value", "nps", "comment", "ces"],
            t.Headers
        );
        Assert.InRange(t.Rows.Count, 100, 400);
        foreach (var r in t.Rows)
        {
            Assert.Matches(@"^CUST-\d{5}$", r["customer_id"]);
            Assert.InRange(int.Parse(r["nps"], CultureInfo.InvariantCulture), 0, 10);
            if (Int(r["ces"]) is { } c)
            {
                Assert.InRange(c, 1, 7);
            }
            Assert.Contains(r["loyalty_tier"], new[] { "none", "silver", "gold" });
            Assert.True(decimal.Parse(r["order_value"], CultureInfo.InvariantCulture) > 0);
        }
        Assert.Contains(t.Rows, r => r["comment"].Length == 0);
        // Customers answer more than once over the quarter, with dates in order.
        Assert.Contains(t.Rows.GroupBy(r => r["customer_id"]), g => g.Count() >= 2);
        Assert.Equal(t.Rows.Select(r => r["date"]).Order(StringComparer.Ordinal), t.Rows.Select(r => r["date"]));
    }

    [Fact]
    public void TrailheadReviewsAreSemicolonSeparatedWithBom()
    {
        var path = Path.Combine(Trailhead, "product-reviews.csv");
        var bytes = File.ReadAllBytes(path);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.StartsWith("review_id;", Encoding.UTF8.GetString(bytes, 3, 20), StringComparison.Ordinal);
        var t = ReadCsv(path, ';');
        Assert.Equal(["review_id", "customer_id", "date", "product", "stars", "title", "review"], t.Headers);
        Assert.InRange(t.Rows.Count, 40, 200);
        AssertUnique(t.Rows.Select(r => r["review_id"]));
        Assert.All(t.Rows, r => Assert.InRange(int.Parse(r["stars"], CultureInfo.InvariantCulture), 1, 5));
        Assert.True(t.Rows.Count(r => r["stars"] == "3") >= 8, "mixed 3-star reviews");
        Assert.True(t.Rows.Average(r => r["review"].Length) > 120, "long reviews");
        Assert.Single(t.Rows, r => r["review"].Contains("<script>alert('x')</script>", StringComparison.Ordinal));
        // The default reader detects the separator too.
        Assert.Equal(t.Headers, ReadCsv(path).Headers);
    }

    [Fact]
    public void TrailheadTicketsSocialAndTranscriptsParse()
    {
        var tickets = ReadJsonl(Path.Combine(Trailhead, "support-tickets.jsonl"));
        Assert.InRange(tickets.Count, 40, 200);
        AssertUnique(tickets.Select(t => Str(t, "ticket_id")!));
        foreach (var t in tickets)
        {
            Assert.Contains(Str(t, "channel"), new[] { "email", "chat", "phone" });
            Assert.False(string.IsNullOrWhiteSpace(Str(t, "subject")));
            Assert.False(string.IsNullOrWhiteSpace(Str(t, "body")));
            Assert.True(DateTimeOffset.TryParse(Str(t, "created_at"), CultureInfo.InvariantCulture, out _));
        }

        var social = ReadCsv(Path.Combine(Trailhead, "social-mentions.csv"));
        Assert.Equal(["mention_id", "platform", "handle", "posted_at", "text", "likes", "customer_id"], social.Headers);
        Assert.InRange(social.Rows.Count, 30, 200);
        AssertUnique(social.Rows.Select(r => r["mention_id"]));
        Assert.True(social.Rows.Count(r => r["text"].Contains('@')) >= 20);

        AssertTranscripts(Path.Combine(Trailhead, "transcripts"), minTxt: 3, minVtt: 2);
        AssertFrontMatter(Path.Combine(Trailhead, "analytics-summary.md"));
    }

    [Fact]
    public void TrailheadCatalogOmitsTheRentalProgrammeTheDataTalksAbout()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(Trailhead, "catalog.yaml"))));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var list = (YamlSequenceNode)root.Children[new YamlScalarNode("touchpoints")];
        var stages = new[]
        {
            "awareness",
            "consideration",
            "purchase",
            "delivery",
            "onboarding",
            "usage",
            "support",
            "loyalty",
        };
        var ids = new List<string>();
        foreach (var node in list.Children.Cast<YamlMappingNode>())
        {
            string Get(string key) => ((YamlScalarNode)node.Children[new YamlScalarNode(key)]).Value!;
            ids.Add(Get("id"));
            Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", Get("id"));
            Assert.False(string.IsNullOrWhiteSpace(Get("name")));
            Assert.False(string.IsNullOrWhiteSpace(Get("description")));
            Assert.Contains(Get("stage"), stages);
        }
        Assert.InRange(ids.Count, 9, 12);
        AssertUnique(ids);
        Assert.DoesNotContain(ids, id => id.Contains("rent", StringComparison.Ordinal));
        Assert.DoesNotContain(
            "rent",
            File.ReadAllText(Path.Combine(Trailhead, "catalog.yaml")),
            StringComparison.OrdinalIgnoreCase
        );

        // ...while customers mention rentals often, across sources.
        var texts = ReadCsv(Path.Combine(Trailhead, "nps-survey.csv"))
            .Rows.Select(r => r["comment"])
            .Concat(ReadCsv(Path.Combine(Trailhead, "product-reviews.csv"), ';').Rows.Select(r => r["review"]))
            .Concat(ReadJsonl(Path.Combine(Trailhead, "support-tickets.jsonl")).Select(t => Str(t, "body")!))
            .Concat(ReadCsv(Path.Combine(Trailhead, "social-mentions.csv")).Rows.Select(r => r["text"]));
        Assert.True(texts.Count(t => t.Contains("rent", StringComparison.OrdinalIgnoreCase)) >= 30);
    }

    [Fact]
    public void TrailheadCustomersRecurAcrossFiles()
    {
        var survey = ReadCsv(Path.Combine(Trailhead, "nps-survey.csv")).Rows.Select(r => r["customer_id"]).ToHashSet();
        var reviews = ReadCsv(Path.Combine(Trailhead, "product-reviews.csv"), ';')
            .Rows.Select(r => r["customer_id"])
            .ToHashSet();
        var tickets = ReadJsonl(Path.Combine(Trailhead, "support-tickets.jsonl"))
            .Select(t => Str(t, "customer_id")!)
            .ToHashSet();
        var social = ReadCsv(Path.Combine(Trailhead, "social-mentions.csv"))
            .Rows.Select(r => r["customer_id"])
            .Where(c => c.Length > 0)
            .ToHashSet();
        var calls = TranscriptCustomers(Path.Combine(Trailhead, "transcripts")).Select(x => x.Customer).ToHashSet();

        Assert.True(survey.Intersect(reviews).Count() >= 20);
        Assert.True(survey.Intersect(tickets).Count() >= 20);
        Assert.True(survey.Intersect(social).Count() >= 4);
        Assert.All(calls, c => Assert.Contains(c, survey));
        // CUST-30412's timeline spans every kind of source.
        foreach (var source in new[] { survey, reviews, tickets, social, calls })
        {
            Assert.Contains("CUST-30412", source);
        }
    }

    [Fact]
    public void EverySampleHasAReadme()
    {
        foreach (var dir in Directory.GetDirectories(Path.Combine(Root, "samples")))
        {
            Assert.True(File.Exists(Path.Combine(dir, "README.md")), dir);
        }
    }
}
