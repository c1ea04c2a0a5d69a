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
public sealed class LoginModel(IOptions<WebOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool Failed { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(string? key)
    {
        if (!AccessKeyCheck.Matches(key, options.Value.AccessKey))
        {
            Failed = true;
            return Page();
        }
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "cx-user")], CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
