using CxAssistant.Chat.Offline;
namespace CxAssistant.Chat.Tests;
public sealed class Scratch(SampleWorkspace ws) : IClassFixture<SampleWorkspace>
{
    [Fact]
    public async Task Dump()
    {
        var a = new OfflineAnswerer(ws.Toolbox);
        var qs = new[] { "What annoys my customers most?", "Why did my NPS drop?", "What should I fix first?", "Show me what people say about delivery",
            "What is NPS by region?", "What was NPS in September?", "NPS for gold members?", "What if returns reached the median score?", "Who are my customers?",
            "What jobs are customers trying to get done?", "How can we fix checkout?", "What do customers love?", "Will my NPS go up next year?", "What is the meaning of life?",
            "Do customers mention the rental calendar?", "How is packaging doing?", "NPS by month" };
        var sb = new List<string>();
        foreach (var q in qs)
        {
            var ans = await a.AnswerAsync(q);
            sb.Add($"### {q} [{ans.Intent}, answered={ans.Answered}]\n{ans.Text}\n" + string.Join("\n", ans.Citations.Select(c => $"  [{c.Number}] {c.Location}: {c.Quote}")));
        }
        File.WriteAllLines("/tmp/chat-answers.txt", sb);
    }
}
