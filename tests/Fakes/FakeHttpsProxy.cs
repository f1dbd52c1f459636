using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Build.Tests.Fakes;

/// <summary>
/// A FAKE HTTPS proxy for tests: answers CONNECT for one domain suffix (e.g. vault.azure.net) by
/// tunnelling to a local port, so a client that honours HTTPS_PROXY reaches a fake service under
/// the real host name — no DNS or /etc/hosts change needed. Anything else is refused.
/// </summary>
public sealed class FakeHttpsProxy : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly string _domainSuffix;
    private readonly int _targetPort;
    private readonly CancellationTokenSource _stop = new();

    public FakeHttpsProxy(string domainSuffix, int targetPort)
    {
        _domainSuffix = domainSuffix;
        _targetPort = targetPort;
        _listener.Start();
        _ = AcceptLoop();
    }

    public string Url => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    public List<string> Tunnels { get; } = [];

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
    }

    private async Task AcceptLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            _ = Serve(client);
        }
    }

    private async Task Serve(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            var request = await ReadHeaders(stream);
            var target = request.Split(' ') is ["CONNECT", var authority, ..] ? authority.Split(':')[0] : null;
            if (target is null || !target.EndsWith("." + _domainSuffix, StringComparison.OrdinalIgnoreCase))
            {
                await stream.WriteAsync(Encoding.ASCII.GetBytes("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n"));
                return;
            }

            lock (Tunnels)
            {
                Tunnels.Add(target);
            }

            using var upstream = new TcpClient();
            await upstream.ConnectAsync(IPAddress.Loopback, _targetPort);
            await stream.WriteAsync(Encoding.ASCII.GetBytes("HTTP/1.1 200 Connection established\r\n\r\n"));
            var upstreamStream = upstream.GetStream();
            await Task.WhenAny(stream.CopyToAsync(upstreamStream), upstreamStream.CopyToAsync(stream));
        }
    }

    private static async Task<string> ReadHeaders(NetworkStream stream)
    {
        var buffer = new List<byte>();
        var one = new byte[1];
        while (!EndsWithBlankLine(buffer) && buffer.Count < 8192 && await stream.ReadAsync(one) == 1)
        {
            buffer.Add(one[0]);
        }

        return Encoding.ASCII.GetString(buffer.ToArray()).Split("\r\n")[0];
    }

    private static bool EndsWithBlankLine(List<byte> buffer) =>
        buffer.Count >= 4 && buffer[^4] == '\r' && buffer[^3] == '\n' && buffer[^2] == '\r' && buffer[^1] == '\n';
}
