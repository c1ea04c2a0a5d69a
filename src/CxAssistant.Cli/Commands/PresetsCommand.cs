using System.CommandLine;
using CxAssistant.Analysis.Touchpoints;
using CxAssistant.Hosting;

namespace CxAssistant.Cli.Commands;

/// <summary>
/// `cx presets`: lists the built-in touchpoint catalogs (a starting point for your own catalog.yaml).
/// </summary>
internal static class PresetsCommand
{
    public static Command Create()
    {
        var name = new Argument<string?>("name")
        {
            Description = "Show one preset's touchpoints.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("presets", "List the built-in touchpoint catalogs, or show one.") { name };
        command.SetAction(result =>
        {
            var selected = result.GetValue(name);
            if (selected is null)
            {
                foreach (var preset in Presets.Names)
                {
                    Console.WriteLine($"{preset, -16} {Presets.Get(preset).Touchpoints.Count} touchpoints");
                }
                return ExitCodes.Ok;
            }
            if (!Presets.Names.Contains(selected, StringComparer.OrdinalIgnoreCase))
            {
                Console.Error.WriteLine(
                    $"error: unknown preset '{selected}'. Choose one of: {string.Join(", ", Presets.Names)}."
                );
                return ExitCodes.Failed;
            }
            foreach (var tp in Presets.Get(selected.ToLowerInvariant()).Touchpoints)
            {
                Console.WriteLine(
                    $"{tp.Id, -24} {tp.Stage.ToString().ToLowerInvariant(), -14} {tp.Name}: {tp.Description}"
                );
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
