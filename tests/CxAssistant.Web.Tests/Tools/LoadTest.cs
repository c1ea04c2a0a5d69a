using System.Diagnostics;

namespace CxAssistant.Web.Tests.Tools;

/// <summary>
/// N simulated users browsing and chatting offline for a fixed time against the app on loopback, each pausing a random
/// think time (0.5–1.5 × --think-ms) between clicks; --think-ms 0 sends requests back to back to find saturation. Each
/// user loops over a
/// page view (dashboard, map, touchpoint, personas, jobs, backlog, a record) and every third step a chat question,
/// reading every response to its end (the chat SSE stream too). Reports p50/p95/max per kind (for chat also the time to
/// its
/// first event) and the error count; exit code 1 when any request failed.
/// </summary>
internal static class LoadTest
{
    public static async Task<int> RunAsync(int users, int seconds, int thinkMs)
    {
        await using var seeded = await SeededApp.StartAsync();
        var view = seeded.View;
        var ws = SeededApp.Workspace;
        var touchpoints = view
            .Result.Scoring.Touchpoints.Where(t => t.Mentions > 0)
            .Select(t => t.TouchpointId)
            .ToArray();
        var records = view.Result.Records.Take(200).Select(r => r.Id).ToArray();
        string[] questions =
        [
            "What annoys customers most?",
            "What do customers say about delivery?",
            "Is checkout easy?",
            "Why do customers call support?",
            "What do people love?",
        ];
        var pages = new Func<Random, string>[]
        {
            _ => $"/w/{ws}/dashboard",
            _ => $"/w/{ws}/map",
            r => $"/w/{ws}/touchpoints/{touchpoints[r.Next(touchpoints.Length)]}",
            _ => $"/w/{ws}/personas",
            _ => $"/w/{ws}/jobs",
            _ => $"/w/{ws}/backlog",
            r => $"/w/{ws}/records/{records[r.Next(records.Length)]}",
        };
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = users * 2 })
        {
            BaseAddress = new Uri(seeded.BaseUrl),
            Timeout = TimeSpan.FromSeconds(30),
        };
        var pageTimes = new List<double>();
        var chatTimes = new List<double>();
        var firstEventTimes = new List<double>();
        var errors = 0;
        var stop = DateTime.UtcNow.AddSeconds(seconds);
        Console.WriteLine(
            $"{users} users, think time ~{thinkMs} ms, for {seconds} s against "
                + $"{seeded.BaseUrl} ({view.Result.Records.Count} records)…"
        );
        var tasks = Enumerable
            .Range(0, users)
            .Select(u =>
                Task.Run(async () =>
                {
                    var random = new Random(u);
                    for (var step = 0; DateTime.UtcNow < stop; step++)
                    {
                        var chat = step % 3 == 2;
                        var path = chat
                            ? $"/w/{ws}/chat/stream?q={Uri.EscapeDataString(questions[random.Next(questions.Length)])}"
                            : pages[random.Next(pages.Length)](random);
                        var watch = Stopwatch.StartNew();
                        try
                        {
                            using var response = await http.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
                            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
                            var first = true;
                            var done = false;
                            while (await reader.ReadLineAsync() is { } line)
                            {
                                if (chat && first && line.StartsWith("event: ", StringComparison.Ordinal))
                                {
                                    lock (firstEventTimes)
                                    {
                                        firstEventTimes.Add(watch.Elapsed.TotalMilliseconds);
                                    }
                                    first = false;
                                }
                                done |= line == "event: done";
                            }
                            if (!response.IsSuccessStatusCode || chat && !done)
                            {
                                Interlocked.Increment(ref errors);
                            }
                        }
                        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                        {
                            Interlocked.Increment(ref errors);
                        }
                        var ms = watch.Elapsed.TotalMilliseconds;
                        var list = chat ? chatTimes : pageTimes;
                        lock (list)
                        {
                            list.Add(ms);
                        }
                        // A person reads the page before the next click: think time drawn around thinkMs (0 = saturate
                        // the server).
                        if (thinkMs > 0)
                        {
                            await Task.Delay(random.Next(thinkMs / 2, thinkMs * 3 / 2 + 1));
                        }
                    }
                })
            )
            .ToArray();
        await Task.WhenAll(tasks);
        Report("pages", pageTimes, seconds);
        Report("chat, first event (SSE)", firstEventTimes, seconds);
        Report("chat, whole answer (SSE, to end of stream)", chatTimes, seconds);
        Console.WriteLine($"errors: {errors}");
        return errors == 0 ? 0 : 1;
    }

    private static void Report(string kind, List<double> times, int seconds)
    {
        if (times.Count == 0)
        {
            return;
        }
        times.Sort();
        double P(double q) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(q * times.Count) - 1)];
        Console.WriteLine(
            $"{kind}: {times.Count} requests "
                + $"({times.Count / (double)seconds:0.#}/s), p50 {P(0.5):0} ms, p95 "
                + $"{P(0.95):0} ms, max {times[^1]:0} ms"
        );
    }
}
