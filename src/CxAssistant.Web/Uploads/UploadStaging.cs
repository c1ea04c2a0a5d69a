using System.Text.RegularExpressions;
using CxAssistant.Ingestion;
using CxAssistant.Web.Hosting;
using CxAssistant.Web.Workspaces;
using Microsoft.Extensions.Options;

namespace CxAssistant.Web.Uploads;

/// <summary>
/// Keeps uploaded files in <c>&lt;workspace&gt;/uploads/&lt;random id&gt;/</c> until the user has checked the column
/// mapping and imported them. Enforces the type (supported extensions, no binary content), size and count limits.
/// </summary>
public sealed partial class UploadStaging(WorkspaceStore store, IOptions<WebOptions> options)
{
    private readonly WebOptions _options = options.Value;

    public async Task<UploadResult> SaveAsync(
        string workspace,
        IReadOnlyList<IFormFile> files,
        CancellationToken cancellationToken = default
    )
    {
        var accepted = new List<string>();
        var rejected = new List<string>();
        if (files.Count > _options.MaxFilesPerUpload)
        {
            return new UploadResult(
                null,
                [],
                [$"{files.Count} files sent; at most {_options.MaxFilesPerUpload} per upload."]
            );
        }
        var id = Guid.NewGuid().ToString("N");
        var folder = Path.Combine(UploadsFolder(workspace), id);
        foreach (var file in files)
        {
            var display = file.FileName.Length > 100 ? file.FileName[..100] + "…" : file.FileName;
            var name = SafeFileName.From(file.FileName);
            if (name is null)
            {
                rejected.Add(
                    $"{display}: unsupported file type (supported: "
                        + $"{string.Join(" ", EvidenceLoader.SupportedExtensions.Order())})."
                );
                continue;
            }
            if (file.Length > _options.MaxUploadBytes)
            {
                rejected.Add(
                    $"{display}: {file.Length / 1024.0 / 1024:0.#} MiB is larger than the "
                        + $"{_options.MaxUploadBytes / 1024.0 / 1024:0.#} MiB limit."
                );
                continue;
            }
            if (file.Length == 0)
            {
                rejected.Add($"{display}: the file is empty.");
                continue;
            }
            Directory.CreateDirectory(folder);
            name = Unique(folder, name);
            var path = Path.Combine(folder, name);
            await using (var target = File.Create(path))
            {
                await file.CopyToAsync(target, cancellationToken);
            }
            if (await LooksBinaryAsync(path, cancellationToken) is { } binary)
            {
                File.Delete(path);
                rejected.Add($"{display}: {binary}; upload text exports (CSV, JSON, text transcripts).");
                continue;
            }
            accepted.Add(name);
        }
        if (accepted.Count == 0 && Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
        return new UploadResult(accepted.Count > 0 ? id : null, accepted, rejected);
    }

    /// <summary>The staged files of an upload with their detected columns (and the user's overrides applied).</summary>
    public IReadOnlyList<StagedFile> Files(
        string workspace,
        string uploadId,
        IReadOnlyDictionary<string, IngestOptions>? overrides = null
    )
    {
        var folder = UploadFolder(workspace, uploadId);
        if (folder is null || !Directory.Exists(folder))
        {
            return [];
        }
        return
        [
            .. Directory
                .EnumerateFiles(folder)
                .Order(StringComparer.Ordinal)
                .Select(path =>
                {
                    var name = Path.GetFileName(path);
                    var options = overrides?.GetValueOrDefault(name) ?? IngestOptions.Default;
                    return new StagedFile(name, new FileInfo(path).Length, ColumnPreview.Read(path, name, options));
                }),
        ];
    }

    /// <summary>The folder of an upload, or null when the id is not one this class generates.</summary>
    public string? UploadFolder(string workspace, string uploadId) =>
        UploadId().IsMatch(uploadId) ? Path.Combine(UploadsFolder(workspace), uploadId) : null;

    public void Delete(string workspace, string uploadId)
    {
        if (UploadFolder(workspace, uploadId) is { } folder && Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private string UploadsFolder(string workspace) => Path.Combine(store.Folder(workspace), "uploads");

    private static string Unique(string folder, string name)
    {
        var candidate = name;
        for (var n = 2; File.Exists(Path.Combine(folder, candidate)); n++)
        {
            candidate = $"{Path.GetFileNameWithoutExtension(name)}-{n}{Path.GetExtension(name)}";
        }
        return candidate;
    }

    /// <summary>
    /// Why the file looks binary (an image, spreadsheet or archive renamed to .csv), by the same byte statistics the
    /// reader uses, or null. UTF-16 with a BOM is text. The file is at most MaxUploadBytes, so it is read whole.
    /// </summary>
    private static async Task<string?> LooksBinaryAsync(string path, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        if (bytes.Length >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF))
        {
            return null;
        }
        return BinaryContent.Check(bytes);
    }

    [GeneratedRegex(@"\A[0-9a-f]{32}\z", RegexOptions.CultureInvariant)]
    private static partial Regex UploadId();
}
