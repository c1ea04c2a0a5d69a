using System.Text;
using CxAssistant.Web.Hosting;
using CxAssistant.Web.Uploads;
using CxAssistant.Web.Workspaces;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace CxAssistant.Web.Tests.Uploads;

public sealed class UploadStagingTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("cx-web-staging-").FullName;

    private (UploadStaging Staging, WorkspaceStore Store) Create(long maxBytes = 1024, int maxFiles = 3)
    {
        var options = Options.Create(
            new WebOptions
            {
                DataRoot = _root,
                MaxUploadBytes = maxBytes,
                MaxFilesPerUpload = maxFiles,
            }
        );
        var store = new WorkspaceStore(options);
        store.Create("ws");
        return (new UploadStaging(store, options), store);
    }

    private static FormFile File(string name, string content)
    {
        var bytes = Encoding.UTF8.GetBytes(content);
        return new FormFile(new MemoryStream(bytes), 0, bytes.Length, "files", name);
    }

    [Fact]
    public async Task SaveAsync_TooLargeFile_IsRefusedAndTheOthersKept()
    {
        var (staging, _) = Create(maxBytes: 100);
        var result = await staging.SaveAsync(
            "ws",
            [File("big.csv", "text\n" + new string('x', 200)), File("ok.csv", "text\nfine")]
        );
        Assert.Equal(["ok.csv"], result.Accepted);
        Assert.StartsWith("big.csv: ", Assert.Single(result.Rejected), StringComparison.Ordinal);
        Assert.Contains("larger than", result.Rejected[0], StringComparison.Ordinal);
        Assert.Equal(["ok.csv"], staging.Files("ws", result.UploadId!).Select(f => f.Name));
    }

    [Fact]
    public async Task SaveAsync_TooManyFiles_RefusesTheUpload()
    {
        var (staging, _) = Create(maxFiles: 1);
        var result = await staging.SaveAsync("ws", [File("a.csv", "text\na"), File("b.csv", "text\nb")]);
        Assert.Null(result.UploadId);
        Assert.Equal("2 files sent; at most 1 per upload.", Assert.Single(result.Rejected));
    }

    [Fact]
    public async Task SaveAsync_HostileName_IsStoredUnderTheUploadFolder()
    {
        var (staging, store) = Create();
        var result = await staging.SaveAsync("ws", [File("../../../outside.csv", "text\nhello there")]);
        var folder = staging.UploadFolder("ws", result.UploadId!)!;
        Assert.True(System.IO.File.Exists(Path.Combine(folder, "outside.csv")));
        Assert.StartsWith(store.Folder("ws"), folder, StringComparison.Ordinal);
        Assert.False(System.IO.File.Exists(Path.Combine(_root, "outside.csv")));
    }

    [Fact]
    public void UploadFolder_IdNotGeneratedHere_IsNull()
    {
        var (staging, _) = Create();
        Assert.Null(staging.UploadFolder("ws", "../../x"));
        Assert.Empty(staging.Files("ws", "..%2F"));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
