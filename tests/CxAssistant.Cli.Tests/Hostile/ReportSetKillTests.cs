using System.Text.Json;

namespace CxAssistant.Cli.Tests.Hostile;

/// <summary>
/// `cx analyze` killed (SIGKILL, no clean-up) at each step of replacing the report set leaves the whole old set or the
/// whole new one, every file matching the set's manifest; the next run removes what the killed one left behind.
/// </summary>
public sealed class ReportSetKillTests
{
    private const string Old = "id,comment\n1,Delivery was late\n2,Refund took weeks\n";
    private const string New =
        "id,comment\n1,Checkout was confusing\n2,Lovely staff\n3,App crashed at payment\n4,Fast delivery\n";

    [Theory]
    [InlineData("staged", "old")]
    [InlineData("switched", "new")]
    public void Analyze_KilledAtStep_LeavesOneWholeSet(string step, string expected)
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, "out");
        folder.File("old/feedback.csv", Old);
        folder.File("new/feedback.csv", New);
        Assert.Equal(
            0,
            CxProcess.Run("analyze", Path.Combine(folder.Path, "old"), "--out", output, "--quiet").ExitCode
        );
        var oldId = ManifestId(output);

        var killed = CxProcess.RunWith(
            new Dictionary<string, string> { ["CX_TEST_KILL_AT_STEP"] = step },
            "analyze",
            Path.Combine(folder.Path, "new"),
            "--out",
            output,
            "--quiet"
        );

        Assert.NotEqual(0, killed.ExitCode);
        Assert.Equal(expected == "old", ManifestId(output) == oldId);
        AssertWholeSet(output, expected == "old" ? 2 : 4);
        Assert.Contains(Directory.GetDirectories(folder.Path), d =>
            Path.GetFileName(d).StartsWith(".out.cx-staging-", StringComparison.Ordinal)
        );

        Assert.Equal(
            0,
            CxProcess.Run("analyze", Path.Combine(folder.Path, "new"), "--out", output, "--quiet").ExitCode
        );
        AssertWholeSet(output, 4);
        Assert.DoesNotContain(Directory.GetFileSystemEntries(folder.Path), e =>
            Path.GetFileName(e).StartsWith(".out.", StringComparison.Ordinal)
        );
    }

    /// <summary>
    /// Every file the manifest names is there with its hash, and the CSV holds the set's own records.
    /// </summary>
    private static void AssertWholeSet(string output, int records)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, ".cx-report-set.json")));
        var files = manifest.RootElement.GetProperty("Files");
        Assert.True(files.EnumerateObject().Count() >= 6);
        foreach (var file in files.EnumerateObject())
        {
            using var stream = File.OpenRead(Path.Combine(output, file.Name));
            Assert.Equal(
                file.Value.GetString(),
                Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream))
            );
        }
        var (_, rows) = CsvFile.Read(Path.Combine(output, "annotations.csv"));
        Assert.Equal(records, rows.Count);
    }

    private static string ManifestId(string output)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, ".cx-report-set.json")));
        return manifest.RootElement.GetProperty("Id").GetString()!;
    }
}
