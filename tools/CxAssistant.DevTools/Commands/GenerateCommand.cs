using System.CommandLine;
using System.Text;
using CxAssistant.DevTools.Samples;
using CxAssistant.Hosting;

namespace CxAssistant.DevTools.Commands;

/// <summary>`cx generate`: a deterministic synthetic feedback export for scale tests and benchmarks.</summary>
public static class GenerateCommand
{
    public static Command Create()
    {
        var records = new Option<int>("--records", "-n")
        {
            Description = "Number of records.",
            DefaultValueFactory = _ => 1000,
        };
        var seed = new Option<int>("--seed")
        {
            Description = "Random seed; the same seed always gives the same file.",
            DefaultValueFactory = _ => 42,
        };
        var output = new Option<string?>("--out", "-o")
        {
            Description = "CSV file to write (default: standard output).",
        };
        records.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 10_000_000)
            {
                r.AddError("--records must be between 1 and 10000000.");
            }
        });
        var command = new Command(
            "generate",
            "Write a synthetic, deterministic customer-feedback CSV (for scale tests)."
        )
        {
            records,
            seed,
            output,
        };
        command.SetAction(result =>
        {
            var path = result.GetValue(output);
            if (path is null)
            {
                SyntheticDataGenerator.WriteCsv(Console.Out, result.GetValue(records), result.GetValue(seed));
                return ExitCodes.Ok;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            var temp = path + ".tmp";
            using (var writer = new StreamWriter(temp, false, new UTF8Encoding(false), 1 << 16))
            {
                SyntheticDataGenerator.WriteCsv(writer, result.GetValue(records), result.GetValue(seed));
            }
            File.Move(temp, path, overwrite: true);
            Console.Error.WriteLine($"Wrote {result.GetValue(records)} records to {path}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
