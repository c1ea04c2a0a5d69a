using CxAssistant.Core.Alerts;
using CxAssistant.Hosting.Configuration;
using CxAssistant.Web.Endpoints;
using CxAssistant.Web.Security;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CxAssistant.Web.Hosting;

/// <summary>
/// Builds the web app: http://127.0.0.1:5080 unless <c>--urls</c>/<c>ASPNETCORE_URLS</c> say otherwise, and refuses to
/// start on anything but loopback without an access key. Tests call <see cref="Build"/> with their own settings.
/// </summary>
public static class CxWebApp
{
    public static WebApplication Build(string[] args, IDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(
            new WebApplicationOptions
            {
                Args = args,
                // Pages are found in this assembly even when a test host is the entry assembly.
                ApplicationName = typeof(CxWebApp).Assembly.GetName().Name,
                // wwwroot is copied beside it, so the app runs from any folder.
                WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
            }
        );
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }
        var urls = builder.Configuration["urls"] ?? builder.Configuration["ASPNETCORE_URLS"];
        if (string.IsNullOrWhiteSpace(urls))
        {
            urls = WebOptions.DefaultUrl;
        }
        builder.WebHost.UseUrls(urls);
        var options = builder.Configuration.GetSection(WebOptions.Section).Get<WebOptions>() ?? new WebOptions();
        Validate(options);
        // Kestrel:Endpoints in configuration win over --urls, so they are checked too.
        var endpoints = builder
            .Configuration.GetSection("Kestrel:Endpoints")
            .GetChildren()
            .Select(e => e["Url"])
            .OfType<string>();
        BindGuard.Check(
            urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Concat(endpoints),
            options.AccessKey
        );
        builder.WebHost.ConfigureKestrel(k =>
            k.Limits.MaxRequestBodySize = options.MaxUploadBytes * options.MaxFilesPerUpload + 1024 * 1024
        );
        builder.Services.AddCxWeb(options);
        builder.Services.AddSingleton(ReadAlerts(builder.Configuration));

        var app = builder.Build();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
        }
        app.UseSecurityHeaders();
        // An unknown address (or workspace, or record) gets a page that says so and links back, not an empty body.
        // Only 404s: other statuses (a 400 for a missing antiforgery token) keep their own response.
        app.UseStatusCodePages(NotFoundPage.WriteAsync);
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapRazorPages();
        app.MapCxEndpoints();
        // Shutdown cancels imports and analyses at once (not only when the container is disposed after the server
        // stops).
        app.Lifetime.ApplicationStopping.Register(() =>
            app.Services.GetRequiredService<Jobs.JobRegistry>().CancelAll()
        );
        if (string.IsNullOrWhiteSpace(options.AccessKey))
        {
            // Safety net for binding routes the configuration check cannot see: stop at once if any address is not
            // loopback.
            app.Lifetime.ApplicationStarted.Register(() =>
            {
                var open = app
                    .Services.GetRequiredService<IServer>()
                    .Features.Get<IServerAddressesFeature>()
                    ?.Addresses.Where(a => !BindGuard.IsLoopback(a))
                    .ToList();
                if (open is not { Count: > 0 })
                {
                    return;
                }
                app.Logger.LogCritical(
                    "Listening on {Addresses} without an access key; stopping. Set "
                        + "CxAssistant:Web:AccessKey (see docs/web.md).",
                    string.Join(", ", open)
                );
                Environment.ExitCode = 1;
                app.Lifetime.StopApplication();
            });
        }
        return app;
    }

    /// <summary>Alert thresholds (<c>CxAssistant:Alerts</c>), checked at start-up like the web settings.</summary>
    private static AlertOptions ReadAlerts(IConfiguration configuration)
    {
        try
        {
            return AlertSettings.Read(configuration);
        }
        catch (ArgumentException e)
        {
            throw new StartupException(e.Message);
        }
    }

    private static void Validate(WebOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.DataRoot))
        {
            throw new StartupException(
                $"{WebOptions.Section}:DataRoot is empty; give a folder for the workspaces (see docs/web.md)."
            );
        }
        if (options.MaxUploadBytes <= 0)
        {
            throw new StartupException(
                $"{WebOptions.Section}:MaxUploadBytes must be a positive number of bytes (see docs/web.md)."
            );
        }
        if (options.MaxFilesPerUpload <= 0)
        {
            throw new StartupException($"{WebOptions.Section}:MaxFilesPerUpload must be at least 1 (see docs/web.md).");
        }
        if (!string.IsNullOrEmpty(options.AccessKey) && AccessKeyRule.Problem(options.AccessKey) is { } weak)
        {
            throw new StartupException(
                $"{WebOptions.Section}:AccessKey is too weak ({weak}); it must have "
                    + $"{AccessKeyRule.Rule} (see docs/web.md)."
            );
        }
    }

    /// <summary>The address the started app listens on (the real port when bound to port 0).</summary>
    public static string Address(this WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
}
