using System.Net;

namespace CxAssistant.Web.Hosting;

/// <summary>
/// Refuses to serve customer data beyond this machine without an access key: any URL whose host is not a loopback
/// address (0.0.0.0, *, +, a host name, a LAN address) needs <c>CxAssistant:Web:AccessKey</c>.
/// </summary>
public static class BindGuard
{
    public static void Check(IEnumerable<string> urls, string? accessKey)
    {
        if (!string.IsNullOrWhiteSpace(accessKey))
        {
            return;
        }
        var open = urls.Where(u => !IsLoopback(u)).ToList();
        if (open.Count > 0)
        {
            throw new StartupException(
                $"refusing to listen on {string.Join(", ", open)} without an access "
                    + $"key: customer data would be readable by anyone on the network. "
                    + "Set CxAssistant:Web:AccessKey (environment variable "
                    + "CxAssistant__Web__AccessKey) or bind to http://127.0.0.1 (see "
                    + "docs/web.md)."
            );
        }
    }

    public static bool IsLoopback(string url)
    {
        // Kestrel accepts "http://*:80" and "http://+:80", which Uri does not parse; both mean every interface.
        var host = url.Split("://", 2) is [_, var rest] ? rest : url;
        host = host.Split('/')[0];
        if (host.StartsWith('['))
        {
            host = host[1..host.IndexOf(']', StringComparison.Ordinal)];
        }
        else if (host.Contains(':', StringComparison.Ordinal))
        {
            host = host[..host.LastIndexOf(':')];
        }
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        return IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip);
    }
}
