using Microsoft.AspNetCore.Diagnostics;

namespace CxAssistant.Web.Hosting;

/// <summary>
/// The page for any 404 without a body of its own: says what happened and links back to the workspaces. Plain HTML
/// with the site's stylesheet and no user input in it, so it needs no layout, login or antiforgery state.
/// </summary>
internal static class NotFoundPage
{
    private const string Html = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Not found · CxAssistant</title><link rel="stylesheet" href="/css/site.css"></head>
        <body><main class="container">
        <h1 data-testid="not-found">Page not found</h1>
        <p>There is nothing at this address: the workspace, record or page may have been removed,
        or the link was mistyped.</p>
        <p><a href="/">Go to your workspaces</a></p>
        </main></body></html>
        """;

    public static async Task WriteAsync(StatusCodeContext context)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status404NotFound)
        {
            return;
        }
        response.ContentType = "text/html; charset=utf-8";
        await response.WriteAsync(Html, context.HttpContext.RequestAborted);
    }
}
