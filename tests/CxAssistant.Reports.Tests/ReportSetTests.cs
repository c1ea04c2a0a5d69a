namespace CxAssistant.Reports.Tests;

/// <summary>
/// The report set is replaced as one unit, the user's other files stay, and killed runs leave nothing behind.
/// </summary>
public sealed class ReportSetTests : IDisposable
{
    private readonly string _parent = Directory.CreateTempSubdirectory("cx-set-").FullName;
    private string Out => Path.Combine(_parent, "out");

    [Fact]
    public void WriteAll_OverPreviousSet_ManifestNamesEveryFileWithItsHash()
    {
        ReportWriter.WriteAll(AnalysisFixture.Build(), Out, new ReportOptions { Title = "first" });
        var written = ReportWriter.WriteAll(AnalysisFixture.Build(), Out, new ReportOptions { Title = "second" });

        var manifest = ReportSetManifest.Read(Out)!;
        Assert.Equal(written.Select(Path.GetFileName).Order(), manifest.Files.Keys.Order());
        foreach (var (name, hash) in manifest.Files)
        {
            Assert.Equal(hash, ReportSetManifest.Hash(Path.Combine(Out, name)));
        }
        Assert.Contains("second", File.ReadAllText(Path.Combine(Out, "report.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void WriteAll_FolderWithOtherFiles_KeepsThemAndDropsStaleStagingFolders()
    {
        Directory.CreateDirectory(Path.Combine(Out, "notes"));
        File.WriteAllText(Path.Combine(Out, "notes", "mine.txt"), "keep me");
        File.WriteAllText(Path.Combine(Out, "budget.xlsx"), "keep me too");
        // Left by killed runs: one inside the folder (the previous format), one beside it, no live writer holding them.
        Directory.CreateDirectory(Path.Combine(Out, ".cx-staging-deadbeef"));
        Directory.CreateDirectory(Path.Combine(_parent, ".out.cx-staging-0badf00d"));
        File.WriteAllText(Path.Combine(_parent, ".out.cx-staging-0badf00d", "report.md"), "half");

        ReportWriter.WriteAll(AnalysisFixture.Build(), Out, new ReportOptions());

        Assert.Equal("keep me", File.ReadAllText(Path.Combine(Out, "notes", "mine.txt")));
        Assert.Equal("keep me too", File.ReadAllText(Path.Combine(Out, "budget.xlsx")));
        Assert.Equal(["notes"], Directory.GetDirectories(Out).Select(Path.GetFileName));
        Assert.Equal(["out"], Directory.GetFileSystemEntries(_parent).Select(Path.GetFileName));
    }

    [Fact]
    public void WriteAll_LiveStagingFolderOfAnotherRun_IsLeftAlone()
    {
        var (other, held) = ReportSetFolder.CreateStaging(Path.GetFullPath(Out));
        using (held)
        {
            ReportWriter.WriteAll(AnalysisFixture.Build(), Out, new ReportOptions());

            Assert.True(Directory.Exists(other));
        }
    }

    [Theory]
    [InlineData("staged")]
    [InlineData("switched")]
    public void WriteAll_StoppedAtStep_LeavesOldOrNewSetWhole(string step)
    {
        ReportWriter.WriteAll(AnalysisFixture.Build(), Out, new ReportOptions { Title = "old" });
        var old = ReportSetManifest.Read(Out)!.Id;
        ReportWriter.OnStep = s =>
        {
            if (s == step)
            {
                throw new StepReached();
            }
        };
        try
        {
            Assert.Throws<StepReached>(() =>
                ReportWriter.WriteAll(AnalysisFixture.Build(), Out, new ReportOptions { Title = "new" })
            );
        }
        finally
        {
            ReportWriter.OnStep = null;
        }

        var manifest = ReportSetManifest.Read(Out)!;
        Assert.Equal(step == "staged", manifest.Id == old);
        foreach (var (name, hash) in manifest.Files)
        {
            Assert.Equal(hash, ReportSetManifest.Hash(Path.Combine(Out, name)));
        }
        Assert.EndsWith(
            step == "staged" ? ": old" : ": new",
            File.ReadLines(Path.Combine(Out, "report.md")).First(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Recover_SetLeftAsideByTwoRenameSwitch_IsPutBack()
    {
        ReportWriter.WriteAll(AnalysisFixture.Build(), Out, new ReportOptions { Title = "old" });
        var id = ReportSetManifest.Read(Out)!.Id;
        // What a run killed between the two renames of the fallback switch leaves: no output folder, the old set aside.
        Directory.Move(Out, Path.Combine(_parent, ".out.cx-old-12345678"));

        ReportSetFolder.Recover(Path.GetFullPath(Out));

        Assert.Equal(id, ReportSetManifest.Read(Out)!.Id);
        Assert.Equal(["out"], Directory.GetFileSystemEntries(_parent).Select(Path.GetFileName));
    }

    [Fact]
    public void WriteAll_OutIsTheCurrentFolder_IsRefused()
    {
        var e = Assert.Throws<IOException>(() =>
            ReportWriter.WriteAll(AnalysisFixture.Build(), Environment.CurrentDirectory, new ReportOptions())
        );
        Assert.Contains("current folder", e.Message, StringComparison.Ordinal);
    }

    private sealed class StepReached : Exception;

    public void Dispose() => Directory.Delete(_parent, recursive: true);
}
