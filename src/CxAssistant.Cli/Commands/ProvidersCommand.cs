using System.CommandLine;
using System.Globalization;
using CxAssistant.Agents.Configuration;
using CxAssistant.Agents.Providers;
using CxAssistant.Hosting;
using CxAssistant.Hosting.Providers;
using Microsoft.Extensions.Configuration;

namespace CxAssistant.Cli.Commands;

/// <summary>
/// `cx providers`: the resolved chat and embedding providers (secrets masked), validated, optionally contacted.
/// </summary>
internal static class ProvidersCommand
{
    public static Command Create()
    {
        var settings = new Option<string?>("--settings")
        {
            Description =
                "Settings file to read instead of ./appsettings.json (user secrets and "
                + "environment variables still apply).",
        };
        var check = new Option<bool>("--check")
        {
            Description = "Send one tiny request to each configured provider and report whether it answered.",
        };
        var command = new Command(
            "providers",
            "Show the configured model providers (keys masked), validate them, and optionally check they answer."
        )
        {
            settings,
            check,
        };
        command.SetAction(
            (result, cancellationToken) =>
                RunAsync(result.GetValue(settings), result.GetValue(check), cancellationToken)
        );
        return command;
    }

    private static async Task<int> RunAsync(string? settingsFile, bool check, CancellationToken cancellationToken)
    {
        IConfiguration configuration;
        ModelProviderSettings settings;
        try
        {
            configuration = CxConfiguration.Load(settingsFile);
            settings = ModelProviderSettings.Load(configuration);
        }
        catch (ModelProviderConfigurationException e)
        {
            Console.Error.WriteLine("error: " + e.Message);
            Console.Error.WriteLine("See README.md, \"Model providers\", and appsettings.example.json.");
            return ExitCodes.CompletedWithErrors;
        }
        catch (Exception e)
            when (e
                    is FileNotFoundException
                        or InvalidDataException
                        or System.Text.Json.JsonException
                        or FormatException
            )
        {
            Console.Error.WriteLine("error: cannot read the settings: " + e.Message);
            return ExitCodes.CompletedWithErrors;
        }
        Print(ProviderDescriptions.Describe(settings.Chat), settings.Chat);
        Print(ProviderDescriptions.Describe(settings.Embeddings), settings.Embeddings);
        if (!check)
        {
            return ExitCodes.Ok;
        }

        await using var providers = ModelProviders.Create(configuration);
        Console.Out.WriteLine();
        var results = new[]
        {
            await ProviderCheck.CheckChatAsync(providers, cancellationToken).ConfigureAwait(false),
            await ProviderCheck.CheckEmbeddingsAsync(providers, cancellationToken).ConfigureAwait(false),
        };
        foreach (var r in results)
        {
            Console.Out.WriteLine(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"check {r.Provider.Purpose, -10} {(r.Succeeded ? "OK  " : "FAIL")} "
                        + $"{r.Elapsed.TotalSeconds, 5:0.0} s  {r.Detail}"
                )
            );
        }
        return results.All(r => r.Succeeded) ? ExitCodes.Ok : ExitCodes.Failed;
    }

    private static void Print(ProviderInfo info, ModelProviderOptions options)
    {
        var title = char.ToUpperInvariant(info.Purpose[0]) + info.Purpose[1..];
        Console.Out.WriteLine($"{title}: {info.Kind}");
        Console.Out.WriteLine($"  model       {info.Model}");
        Console.Out.WriteLine($"  endpoint    {info.Endpoint}");
        Console.Out.WriteLine($"  auth        {info.Authentication}");
        Console.Out.WriteLine($"  settings    {info.SectionPath}");
        if (options is EmbeddingProviderOptions e)
        {
            if (e.Dimensions is { } d)
            {
                Console.Out.WriteLine($"  dimensions  {d.ToString(CultureInfo.InvariantCulture)}");
            }
            Console.Out.WriteLine($"  cache       {(string.IsNullOrWhiteSpace(e.CacheFile) ? "none" : e.CacheFile)}");
        }
        if (info.Kind != ProviderKind.Offline)
        {
            var r = options.Resilience;
            Console.Out.WriteLine(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"  resilience  attempt {r.AttemptTimeout}, total {r.TotalTimeout}, "
                        + $"{r.MaxRetries} retries from {r.RetryDelay} (Retry-After up to "
                        + $"{r.MaxRetryAfter}), "
                        + $"breaker {r.BreakerFailureRatio:P0} of >= {r.BreakerMinimumThroughput} "
                        + $"calls in {r.BreakerSamplingDuration}, open {r.BreakerBreakDuration}"
                )
            );
        }
    }
}
