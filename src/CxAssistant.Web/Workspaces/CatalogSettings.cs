using CxAssistant.Analysis.Touchpoints;

namespace CxAssistant.Web.Workspaces;

/// <summary>
/// Which touchpoints a workspace's analysis uses, set from the web page as the CLI sets them with --catalog and
/// --preset: an uploaded catalog (checked before it is kept, with the CLI's line-numbered errors) is stored as the
/// workspace's <c>catalog.yaml</c>, the one <c>cx ingest</c> adopts and the pipeline reads beside the data; a preset
/// chosen by name is stored in <c>preset.txt</c> and passed to the pipeline as --preset would be. Neither: the
/// pipeline picks the preset that fits the data and says why.
/// </summary>
public sealed class CatalogSettings(WorkspaceStore store)
{
    private const string CatalogFile = "catalog.yaml";
    private const string PresetFile = "preset.txt";
    private const int MaxCatalogBytes = 1024 * 1024;

    /// <summary>The choice that keeps the workspace's own catalog.</summary>
    public const string KeepCatalog = "catalog";

    /// <summary>The preset chosen by name, or null.</summary>
    public string? Preset(string workspace)
    {
        var path = Path.Combine(store.Folder(workspace), PresetFile);
        var name = File.Exists(path) ? File.ReadAllText(path).Trim() : null;
        return name is not null && Presets.Names.Contains(name, StringComparer.Ordinal) ? name : null;
    }

    /// <summary>True when the workspace has its own catalog.</summary>
    public bool HasCatalog(string workspace) =>
        File.Exists(Path.Combine(store.Folder(workspace), CatalogFile))
        || File.Exists(Path.Combine(store.Folder(workspace), "catalog.yml"));

    /// <summary>What the next analysis will use, in words.</summary>
    public string Describe(string workspace) =>
        Preset(workspace) is { } preset ? $"the built-in {preset} preset (chosen here)"
        : HasCatalog(workspace) ? "your catalog (catalog.yaml)"
        : "the built-in preset that fits your data best (detected)";

    /// <summary>
    /// Checks and keeps an uploaded catalog; returns the problem (file, line, what) or null when kept.
    /// </summary>
    public async Task<string?> SaveCatalogAsync(string workspace, IFormFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var name = Path.GetFileName(file.FileName);
        if (file.Length > MaxCatalogBytes)
        {
            return $"{name}: a catalog of more than 1 MiB is not a touchpoint list.";
        }
        string yaml;
        using (var reader = new StreamReader(file.OpenReadStream()))
        {
            yaml = await reader.ReadToEndAsync(cancellationToken);
        }
        try
        {
            CatalogLoader.Parse(yaml, name);
        }
        catch (CatalogException e)
        {
            return e.Message;
        }
        var folder = store.Folder(workspace);
        var temporary = Path.Combine(folder, CatalogFile + ".tmp-" + Guid.NewGuid().ToString("N")[..8]);
        await File.WriteAllTextAsync(temporary, yaml, cancellationToken);
        File.Move(temporary, Path.Combine(folder, CatalogFile), overwrite: true);
        File.Delete(Path.Combine(folder, PresetFile));
        return null;
    }

    /// <summary>Chooses a preset by name, or detection with null; returns the problem or null.</summary>
    public string? SetPreset(string workspace, string? preset)
    {
        var folder = store.Folder(workspace);
        var path = Path.Combine(folder, PresetFile);
        if (preset == KeepCatalog)
        {
            File.Delete(path);
            return null;
        }
        if (string.IsNullOrWhiteSpace(preset))
        {
            // Detection instead of the user's catalog: the catalog is set aside, never deleted.
            var catalog = Path.Combine(folder, CatalogFile);
            if (File.Exists(catalog))
            {
                File.Move(catalog, Path.Combine(folder, "catalog.set-aside.yaml"), overwrite: true);
            }
            File.Delete(path);
            return null;
        }
        if (!Presets.Names.Contains(preset, StringComparer.Ordinal))
        {
            return $"There is no preset called “{preset}”; the presets are {string.Join(", ", Presets.Names)}.";
        }
        File.WriteAllText(path, preset);
        return null;
    }
}
