using System.Net.Sockets;
using Microsoft.AspNetCore.Connections;

namespace CxAssistant.Web.Hosting;

/// <summary>Turns Kestrel's "address already in use" failure at start into one line a user can act on.</summary>
public static class PortInUse
{
    /// <summary>The message for a start failure caused by a taken port, or null for any other exception.</summary>
    public static string? Describe(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is AddressInUseException or SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse })
            {
                // Kestrel's outer IOException names the address: "Failed to bind to address http://127.0.0.1:5080: …".
                var what = exception.Message.TrimEnd('.');
                return $"{what}. Another program (another cx web?) is using that port: stop it, or choose another port "
                    + "with --urls http://127.0.0.1:PORT (see docs/web.md).";
            }
        }
        return null;
    }
}
