// Pairwise cosines of the arguments (static encoder unless FULL=1).
static class CosLab
{
    public static async Task Run(string[] texts)
    {
        using var g = await Lab.Encoder(Environment.GetEnvironmentVariable("FULL") == "1");
        var v = new LabEncoder(g).Encode(texts);
        for (var i = 0; i < texts.Length; i++)
        {
            Console.WriteLine(
                $"{texts[i], -28} "
                    + string.Join(
                        " ",
                        Enumerable.Range(0, texts.Length).Select(j => Lab.Cos(v[i], v[j]).ToString("F2"))
                    )
            );
        }
    }
}
