using System.Security.Claims;
using CxAssistant.Web.Hosting;
using CxAssistant.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace CxAssistant.Web.Pages;

/// <summary>Exchanges the configured access key for a login cookie.</summary>
public sealed class LoginModel(IOptions<WebOptions> options, LoginThrottle throttle) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool Failed { get; private set; }

    /// <summary>Seconds this client must wait after too many wrong keys (0 when it may try).</summary>
    public int RetryAfterSeconds { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(string? key)
    {
        var client = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var wait = throttle.RetryAfter(client);
        if (wait > TimeSpan.Zero)
        {
            // Refused without looking at the key: during a lockout guesses learn nothing.
            RetryAfterSeconds = (int)Math.Ceiling(wait.TotalSeconds);
            Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }
        if (!AccessKeyCheck.Matches(key, options.Value.AccessKey))
        {
            throttle.Failed(client);
            Failed = true;
            return Page();
        }
        throttle.Succeeded(client);
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, "cx-user")],
            CookieAuthenticationDefaults.AuthenticationScheme
        );
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
