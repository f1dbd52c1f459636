using System.Net;
using System.Net.Sockets;
using System.Text;

namespace FakeCloudHost.KeyVault;

/// <summary>
/// The FAKE cloud's HTTPS proxy (HTTPS_PROXY): answers CONNECT for the public names the fake serves —
/// every *.vault.azure.net and api.ipify.org — by tunnelling to the fake's own HTTPS endpoint, so a client
/// reaches them under their real names with no DNS change. Any other destination is refused (502).
/// </summary>
public sealed class FakeHttpsProxy : IDisposable
{
    private static readonly string[] Served = [".vault.azure.net", "api.ipify.org"];
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly int _targetPort;
    private readonly CancellationTokenSource _stop = new();

    public FakeHttpsProxy(int targetPort)
    {
        _targetPort = targetPort;
        _listener.Start();
        _ = AcceptLoop();
    }

    public string Url => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

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
            if (target is null || !Served.Any(suffix => target.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)))
            {
                await stream.WriteAsync(Encoding.ASCII.GetBytes("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n"));
                return;
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
