using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace Build.SmokeTests;

/// <summary>
/// What a TLS 1.2/1.3 handshake showed: the protocol, the cipher suite and the certificates the server
/// presented, or why it failed. The certificate is accepted here and judged by the certificate checks.
/// </summary>
public sealed record TlsHandshake(
    SslProtocols Protocol,
    TlsCipherSuite CipherSuite,
    X509Certificate2? Leaf,
    IReadOnlyList<X509Certificate2> Presented,
    Exception? Error)
{
    public const SslProtocols Modern = SslProtocols.Tls12 | SslProtocols.Tls13;

    public bool Succeeded => Error is null;

    /// <summary>Handshakes with <paramref name="serverName"/> as SNI (none when empty) and reports instead of throwing.</summary>
    public static async Task<TlsHandshake> PerformAsync(SmokeConnector connector, string serverName, CancellationToken cancellation)
    {
        X509Certificate2? leaf = null;
        var presented = new List<X509Certificate2>();
        TimeLimit? limit = null;
        try
        {
            using var socket = await connector.ConnectAsync(cancellation);
            await using var stream = new SslStream(new System.Net.Sockets.NetworkStream(socket, ownsSocket: true));
            limit = connector.Limit(cancellation);
            var options = new SslClientAuthenticationOptions
            {
                TargetHost = serverName,
                EnabledSslProtocols = Modern,
                CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
                RemoteCertificateValidationCallback = (_, certificate, chain, _) =>
                {
                    // Keep what the server sent; the verdict belongs to the certificate checks, which say why.
                    if (certificate is not null)
                    {
                        leaf = new X509Certificate2(certificate);
                    }

                    presented.AddRange(chain?.ChainPolicy.ExtraStore.Select(c => new X509Certificate2(c)) ?? []);
                    return true;
                },
            };
            await stream.AuthenticateAsClientAsync(options, limit.Token);
            return new TlsHandshake(stream.SslProtocol, stream.NegotiatedCipherSuite, leaf, presented, null);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return new TlsHandshake(SslProtocols.None, default, leaf, presented, limit is { Expired: true } ? new TimeoutException($"no answer within {connector.Timeout}") : exception);
        }
        finally
        {
            limit?.Dispose();
        }
    }

    public static string Describe(SslProtocols protocol) => protocol switch
    {
        SslProtocols.Tls13 => "TLS 1.3",
        SslProtocols.Tls12 => "TLS 1.2",
#pragma warning disable SYSLIB0039 // naming the obsolete protocols is the point
        SslProtocols.Tls11 => "TLS 1.1",
        SslProtocols.Tls => "TLS 1.0",
#pragma warning restore SYSLIB0039
        _ => protocol.ToString(),
    };
}
