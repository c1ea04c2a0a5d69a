using System.Text;
using CxAssistant.Chat.Tools;

namespace CxAssistant.Chat.Conversation;

/// <summary>
/// "What do people say about delivery?": how the touchpoint's records split by sentiment, then representative quotes
/// from both sides (the complaints first when there are any, then the rest), each quote once. When the question asks
/// for one side (<c>sentiment</c>), only that side.
/// </summary>
internal sealed class TouchpointVoices(ChatToolbox tools)
{
    private const int PerSide = 2;

    /// <summary>Writes the split and the quotes.</summary>
    public async Task WriteAsync(
        StringBuilder text,
        string touchpointId,
        string query,
        string? sentiment,
        CancellationToken cancellationToken
    )
    {
        var hits = new CountAnswer(tools).TouchpointHits(touchpointId);
        if (hits.Count == 0)
        {
            return;
        }
        var labels = hits.GroupBy(h => h.Annotation.SentimentLabel.ToString().ToLowerInvariant())
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        text.AppendLine(
            $"Of {hits.Count} customer records about it, {labels.GetValueOrDefault("negative")} are negative, "
                + $"{labels.GetValueOrDefault("neutral")} neutral and {labels.GetValueOrDefault("positive")} positive."
        );
        var sides = sentiment is null ? ["negative", "positive", "neutral"] : new[] { sentiment };
        var quoted = new List<(EvidenceHit Hit, string Side)>();
        foreach (var side in sides)
        {
            if (
                labels.GetValueOrDefault(side) == 0
                || (sentiment is null && side == "neutral" && quoted.Count >= PerSide * 2)
            )
            {
                continue;
            }
            var search = await tools
                .Search.SearchAsync(
                    query,
                    touchpoint: touchpointId,
                    sentiment: side,
                    top: sentiment is null ? PerSide : PerSide * 2,
                    cancellationToken: cancellationToken
                )
                .ConfigureAwait(false);
            foreach (var h in search.Hits.Where(h => quoted.All(q => q.Hit.Citation != h.Citation)))
            {
                quoted.Add((h, side));
            }
        }
        if (quoted.Count == 0)
        {
            return;
        }
        text.AppendLine(sentiment == "negative" ? "What unhappy customers say:" : "What people say:");
        foreach (var (h, side) in quoted)
        {
            text.AppendLine($"- \"{tools.Citations.All[h.Citation - 1].Quote}\" ({side}) [{h.Citation}]");
        }
    }
}
