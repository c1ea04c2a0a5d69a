using CxAssistant.Web.Analysis;
using CxAssistant.Web.Chat;
using CxAssistant.Web.Evals;
using CxAssistant.Web.Jobs;
using CxAssistant.Web.Security;
using CxAssistant.Web.Uploads;
using CxAssistant.Web.Workspaces;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CxAssistant.Web.Hosting;

/// <summary>
/// Registers the web UI's services, Razor Pages, antiforgery, upload limits and (with an access key) cookie login.
/// </summary>
public static class WebServices
{
    public static IServiceCollection AddCxWeb(this IServiceCollection services, WebOptions options)
    {
        services.AddOptions<WebOptions>().BindConfiguration(WebOptions.Section);
        services.AddSingleton<WorkspaceStore>();
        services.AddSingleton<WorkspaceSummaries>();
        services.AddSingleton<UploadStaging>();
        services.AddSingleton<CatalogSettings>();
        services.AddSingleton<JobRegistry>();
        services.AddSingleton<AnalysisStore>();
        services.AddSingleton<SearchIndexes>();
        services.AddSingleton<AnalysisRunner>();
        services.AddSingleton<ChatConversations>();
        services.AddSingleton<WebChat>();
        services.AddSingleton<EvalRuns>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<LoginThrottle>();
        // Login and antiforgery cookies survive a restart: keys live with the data, not in the user profile.
        services
            .AddDataProtection()
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(Path.GetFullPath(options.DataRoot), ".keys")));

        services.AddRazorPages(o =>
        {
            o.Conventions.AllowAnonymousToPage("/Login");
            o.Conventions.AllowAnonymousToPage("/Error");
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "cx-antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.HeaderName = "X-CSRF-TOKEN";
        });
        // The whole request may carry several files; each file is checked against MaxUploadBytes on its own.
        services.Configure<FormOptions>(o =>
            o.MultipartBodyLengthLimit = options.MaxUploadBytes * options.MaxFilesPerUpload + 1024 * 1024
        );

        services
            .AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.Cookie.Name = "cx-login";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.LoginPath = "/login";
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
            });
        services.AddAuthorization(o =>
        {
            if (!string.IsNullOrWhiteSpace(options.AccessKey))
            {
                o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
            }
        });
        return services;
    }
}
