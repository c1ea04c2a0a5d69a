using System.CommandLine;
using CxAssistant.Analysis.Touchpoints;
using CxAssistant.Chat.Knowledge;

namespace CxAssistant.Cli.Commands;

/// <summary>
/// --catalog and --preset for the commands that analyse a workspace on the way (chat, ask), as <c>cx analyze</c> has
/// them: a preset matches in any case and an unknown one stops before any work with the valid names.
/// </summary>
internal sealed class CatalogOptions
{
    public Option<string?> Catalog { get; } =
        new("--catalog")
        {
            Description =
                "Your touchpoint catalog (YAML) for the analysis the answers come from "
                + "(default: the workspace's catalog.yaml).",
        };

    public Option<string?> Preset { get; } =
        new("--preset")
        {
            Description =
                $"Built-in catalog: {string.Join(", ", Presets.Names)} (default: the "
                + $"workspace's catalog, else chosen from the data).",
        };

    public CatalogOptions()
    {
        Preset.Validators.Add(r =>
        {
            var value = r.GetValueOrDefault<string?>();
            if (value is not null && !Presets.Names.Contains(value.ToLowerInvariant(), StringComparer.Ordinal))
            {
                r.AddError($"Unknown preset '{value}'. Choose one of: {string.Join(", ", Presets.Names)}.");
            }
        });
    }

    /// <summary>Adds both options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Catalog);
        command.Options.Add(Preset);
    }

    /// <summary>The choice, with the catalog checked (file, line, problem) before anything is analysed.</summary>
    public CatalogChoice Read(ParseResult result)
    {
        var catalog = result.GetValue(Catalog);
        if (catalog is not null)
        {
            CatalogLoader.Load(catalog);
        }
        return new CatalogChoice(catalog, result.GetValue(Preset)?.ToLowerInvariant());
    }
}
