using System.Collections.Concurrent;
using System.Net.Security;
using System.Net.Sockets;
using System.Net;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Transforms;

namespace FakeCloudHost.Edge;

/// <summary>
/// Stands in for Application Gateway: the public listener presents bicycle.&lt;domain&gt; (TLS 1.2+ unless a test
/// lowers it), and the backend setting re-encrypts to the ingress's backend host name, trusting only the
/// root CA (App Gateway's "trusted root certificate") and connecting from the gateway's own source address.
/// </summary>
public sealed class GatewayStandIn : IAsyncDisposable
{
    /// <summary>Loopback is all of 127/8 on Linux: a second address lets the ingress tell the gateway from anyone else.</summary>
    public static readonly IPAddress SourceAddress = IPAddress.Parse("127.0.0.2");

    public const SslProtocols Modern = SslProtocols.Tls12 | SslProtocols.Tls13;

#pragma warning disable SYSLIB0039 // a gateway that still allows TLS 1.0/1.1 is the misconfiguration under test
    public const SslProtocols WithLegacy = SslProtocols.Tls | SslProtocols.Tls11 | SslProtocols.Tls12 | SslProtocols.Tls13;
#pragma warning restore SYSLIB0039

    private readonly WebApplication _app;

    private GatewayStandIn(WebApplication app, int port, ConcurrentQueue<string?> serverNames)
    {
        _app = app;
        Port = port;
        ServerNames = serverNames;
    }

    public int Port { get; }

    /// <summary>Every SNI a client asked for (null: none).</summary>
    public ConcurrentQueue<string?> ServerNames { get; }

    public static Task<GatewayStandIn> StartAsync(
        X509Certificate2 listenerCertificate,
        X509Certificate2 trustedRoot,
        string backendHostName,
        int ingressPort,
        SslProtocols protocols = Modern) =>
        StartAsync(() => listenerCertificate, () => trustedRoot, () => backendHostName, ingressPort, protocols, listenOn: null, sourceAddress: SourceAddress);

    /// <summary>
    /// A gateway whose certificates and backend are read at each connection (the fake cloud's App Gateway reads
    /// them from the fake Key Vault and its own deployed settings); null refuses the handshake, as a gateway
    /// without its certificate does.
    /// </summary>
    public static async Task<GatewayStandIn> StartAsync(
        Func<X509Certificate2?> listenerCertificate,
        Func<X509Certificate2?> trustedRoot,
        Func<string> backendHostName,
        int ingressPort,
        SslProtocols protocols,
        IPEndPoint? listenOn,
        IPAddress sourceAddress)
    {
        var serverNames = new ConcurrentQueue<string?>();
        var builder = LoopbackServer.CreateBuilder(listen => listen.UseHttps(new HttpsConnectionAdapterOptions
        {
            SslProtocols = protocols,
            ServerCertificateSelector = (_, serverName) =>
            {
                serverNames.Enqueue(serverName);
                return listenerCertificate();
            },
        }), listenOn);
        builder.Services.AddReverseProxy()
            .LoadFromMemory(
                [new RouteConfig { RouteId = "bicycle", ClusterId = "ingress", Match = new RouteMatch { Path = "{**catch-all}" } }],
                [new ClusterConfig
                {
                    ClusterId = "ingress",
                    Destinations = new Dictionary<string, DestinationConfig>
                    {
                        ["traefik"] = new() { Address = $"https://ingress:{ingressPort}/" },
                    },
                    HttpClient = new HttpClientConfig { SslProtocols = Modern },
                }])
            .AddTransforms(context => context.AddRequestTransform(transform =>
            {
                // the backend setting's host name: SNI and Host of the re-encrypted hop
                var backend = backendHostName();
                transform.DestinationPrefix = $"https://{backend}:{ingressPort}/";
                transform.ProxyRequest.Headers.Host = $"{backend}:{ingressPort}";
                return ValueTask.CompletedTask;
            }))
            .ConfigureHttpClient((_, handler) =>
            {
                // The private DNS zone resolves the backend host name to the ingress; here that is 127.0.0.1:port.
                handler.ConnectCallback = async (_, cancellation) =>
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                    try
                    {
                        socket.Bind(new IPEndPoint(sourceAddress, 0));
                        await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, ingressPort), cancellation);
                        return new NetworkStream(socket, ownsSocket: true);
                    }
                    catch
                    {
                        socket.Dispose();
                        throw;
                    }
                };
                handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, errors) => trustedRoot() is { } root && TrustsBackend(certificate, errors, root);
            });
        var app = builder.Build();
        app.MapReverseProxy();
        return new GatewayStandIn(app, await LoopbackServer.StartAsync(app), serverNames);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>App Gateway's backend check, written here independently of the code under test: name, then chain to the one root.</summary>
    private static bool TrustsBackend(X509Certificate? presented, SslPolicyErrors errors, X509Certificate2 root)
    {
        if (presented is null || (errors & (SslPolicyErrors.RemoteCertificateNameMismatch | SslPolicyErrors.RemoteCertificateNotAvailable)) != 0)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(root);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        using var leaf = X509CertificateLoader.LoadCertificate(presented.GetRawCertData());
        return chain.Build(leaf);
    }
}
