namespace CxAssistant.Agents.Configuration;

/// <summary>Shows endpoints and secrets in messages and reports without leaking credentials.</summary>
public static class EndpointDisplay
{
    /// <summary>
    /// An endpoint as scheme://host:port/path: user info and query strings (where keys sometimes hide) are dropped.
    /// Text that is not a URL is masked entirely, since it could be a key pasted into the wrong setting.
    /// </summary>
    public static string Sanitize(string? endpoint)
    {
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            return "(none)";
        }
        if (!Uri.TryCreate(endpoint.Trim(), UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            return Mask(endpoint);
        }
        return uri.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);
    }

    /// <summary>
    /// A secret as "set (N chars, ends …wxyz)" for long keys, "set" for short ones, "not set" when empty.
    /// </summary>
    public static string Mask(string? secret)
    {
        if (string.IsNullOrEmpty(secret))
        {
            return "not set";
        }
        // The last four characters identify which key is in use (as cloud consoles show) without revealing it.
        return secret.Length >= 20 ? $"set ({secret.Length} chars, ends …{secret[^4..]})" : "set";
    }
}
