namespace CxAssistant.Cli.Tests;

public sealed class GenerateCommandTests
{
    [Fact]
    public void Generate_SameSeedTwice_WritesIdenticalFiles()
    {
        using var temp = new TempFolder();
        var a = Path.Combine(temp.Path, "a.csv");
        var b = Path.Combine(temp.Path, "b.csv");
        var c = Path.Combine(temp.Path, "c.csv");
        Assert.Equal(0, CxProcess.Run("generate", "--records", "500", "--seed", "7", "--out", a).ExitCode);
        Assert.Equal(0, CxProcess.Run("generate", "--records", "500", "--seed", "7", "--out", b).ExitCode);
        Assert.Equal(0, CxProcess.Run("generate", "--records", "500", "--seed", "8", "--out", c).ExitCode);

        Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
        Assert.NotEqual(File.ReadAllBytes(a), File.ReadAllBytes(c));
        Assert.Equal(500, CsvFile.Read(a).Rows.Count);
    }

    [Fact]
    public void Generate_ThenAnalyze_ProducesOneAnnotationPerRecord()
    {
        using var temp = new TempFolder();
        var data = Path.Combine(temp.Path, "synthetic.csv");
        Assert.Equal(0, CxProcess.Run("generate", "--records", "2000", "--out", data).ExitCode);

        var result = CxProcess.Run("analyze", data, "--out", Path.Combine(temp.Path, "out"), "--quiet");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2000, CsvFile.Read(Path.Combine(temp.Path, "out", "annotations.csv")).Rows.Count);
    }
}
