using CxAssistant.Analysis.Touchpoints;

static class ChooseLab
{
    public static async Task Run(string[] paths)
    {
        using var g = await Lab.Encoder(Environment.GetEnvironmentVariable("FULL") == "1");
        var encoder = new LabEncoder(g);
        foreach (var path in paths)
        {
            var sw = System.Diagnostics.Stopwatch.StartNew();
            var records = Lab.Load(path).Where(r => r.IsCustomerVoice).Select(r => r.Text).ToList();
            var choice = KindSelector.Choose(records, encoder);
            Console.WriteLine(
                $"== {Path.GetFileName(path)} {sw.ElapsedMilliseconds} ms: "
                    + $"{choice.Preset} {choice.Confidence} — {choice.Reason}"
            );
            foreach (var e in choice.Evidence)
            {
                Console.WriteLine($"   “{e}”");
            }
        }
    }
}
