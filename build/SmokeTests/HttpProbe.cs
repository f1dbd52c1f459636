using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Security;
using System.Net.Sockets;
using System.Text;

namespace Build.SmokeTests;

/// <summary>
/// Sends <c>GET</c> requests to an endpoint with a chosen SNI and Host header, whatever DNS says (like
/// <c>curl --resolve</c>). Bodies are read raw, so the gzip check sees what the server actually sent.
/// </summary>
public sealed class HttpProbe(SmokeConnector connector, string hostName) : IDisposable
{
    /// <summary>Enough for any page that names its host; more is not read.</summary>
    public const int MaximumBody = 1024 * 1024;

    private readonly HttpClient _client = new(new SocketsHttpHandler
    {
        ConnectCallback = async (_, cancellation) => new NetworkStream(await connector.ConnectAsync(cancellation), ownsSocket: true),
        AutomaticDecompression = DecompressionMethods.None,
        AllowAutoRedirect = false,
        UseCookies = false,
        UseProxy = false,
        SslOptions = new SslClientAuthenticationOptions
        {
            EnabledSslProtocols = TlsHandshake.Modern,
            // The certificate checks judge the certificate; these requests judge the HTTP answer.
            RemoteCertificateValidationCallback = (_, _, _, _) => true,
        },
    })
    {
        // every request runs under the connector's time limit, on the run's clock
        Timeout = System.Threading.Timeout.InfiniteTimeSpan,
    };

    /// <param name="newConnection">Close the connection afterwards, so the next request may reach another pod.</param>
    public async Task<HttpAnswer> GetAsync(string path, bool newConnection, CancellationToken cancellation)
    {
        var port = connector.Endpoint.Port == SmokeEndpoint.HttpsPort ? string.Empty : $":{connector.Endpoint.Port}";
        using var request = new HttpRequestMessage(HttpMethod.Get, $"https://{hostName}{port}{path}")
        {
            Version = HttpVersion.Version11,
            VersionPolicy = HttpVersionPolicy.RequestVersionOrLower,
        };
        // The Host header is also the SNI .NET sends; without a port, as the gateway's listener sees it on 443.
        request.Headers.Host = hostName;
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        request.Headers.ConnectionClose = newConnection;

        // one limit for the headers and the body: a body that stalls must not hang the smoke test either
        using var limit = connector.Limit(cancellation);
        try
        {
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, limit.Token);
            var raw = await ReadLimitedAsync(await response.Content.ReadAsStreamAsync(limit.Token), limit.Token);
            var encoding = response.Content.Headers.ContentEncoding.Count == 0 ? null : string.Join(", ", response.Content.Headers.ContentEncoding);
            var isGzip = raw.Length >= 2 && raw[0] == 0x1F && raw[1] == 0x8B;
            var text = isGzip && string.Equals(encoding, "gzip", StringComparison.OrdinalIgnoreCase) ? await GunzipAsync(raw, limit.Token) : Encoding.UTF8.GetString(raw);
            return new HttpAnswer((int)response.StatusCode, response.ReasonPhrase ?? string.Empty, encoding, isGzip, raw.Length, text);
        }
        catch (Exception exception) when (limit.Expired && exception is not OutOfMemoryException)
        {
            throw new TimeoutException($"no answer within {connector.Timeout}");
        }
    }

    public void Dispose() => _client.Dispose();

    private static async Task<byte[]> ReadLimitedAsync(Stream body, CancellationToken cancellation)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while (buffer.Length < MaximumBody && (read = await body.ReadAsync(chunk, cancellation)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static async Task<string> GunzipAsync(byte[] raw, CancellationToken cancellation)
    {
        try
        {
            await using var gzip = new GZipStream(new MemoryStream(raw), CompressionMode.Decompress);
            using var reader = new StreamReader(gzip, Encoding.UTF8);
            return await reader.ReadToEndAsync(cancellation);
        }
        catch (InvalidDataException)
        {
            return string.Empty;
        }
    }
}
