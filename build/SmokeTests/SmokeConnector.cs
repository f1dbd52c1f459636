using System.Net;
using System.Net.Sockets;

namespace Build.SmokeTests;

/// <summary>Opens TCP connections to an endpoint, resolving a name at most once and never waiting past the timeout.</summary>
public sealed class SmokeConnector(SmokeEndpoint endpoint, TimeSpan timeout, TimeProvider clock)
{
    private IPAddress? _address;

    public SmokeEndpoint Endpoint => endpoint;

    public TimeSpan Timeout => timeout;

    /// <summary>The run's clock, which every wait on this endpoint counts on.</summary>
    public TimeProvider Clock => clock;

    /// <summary>A token for one step against this endpoint: cancelled by the caller or after the timeout.</summary>
    public TimeLimit Limit(CancellationToken cancellation) => new(timeout, clock, cancellation);

    public async Task<Socket> ConnectAsync(CancellationToken cancellation)
    {
        using var limit = Limit(cancellation);
        var address = _address ??= await ResolveAsync(limit.Token);
        var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(new IPEndPoint(address, endpoint.Port), limit.Token);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private async Task<IPAddress> ResolveAsync(CancellationToken cancellation)
    {
        if (IPAddress.TryParse(endpoint.Host, out var literal))
        {
            return literal;
        }

        var addresses = await Dns.GetHostAddressesAsync(endpoint.Host, cancellation);
        // Prefer IPv4: App Gateway's public IP and most pipelines' networks are IPv4.
        return addresses.OrderBy(a => a.AddressFamily == AddressFamily.InterNetwork ? 0 : 1).FirstOrDefault()
            ?? throw new SocketException((int)SocketError.HostNotFound);
    }
}
