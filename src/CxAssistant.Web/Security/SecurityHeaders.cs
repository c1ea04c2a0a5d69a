namespace CxAssistant.Web.Security;

/// <summary>
/// Headers on every response: a Content-Security-Policy that allows only this site's own scripts and styles (no inline
/// script, so even a payload that slipped past encoding could not run), no framing, no sniffing, no referrer.
/// </summary>
public static class SecurityHeaders
{
    public const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(
            (context, next) =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = Policy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                return next(context);
            }
        );
}
