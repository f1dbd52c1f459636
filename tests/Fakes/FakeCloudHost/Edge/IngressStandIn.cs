using System.Collections.Concurrent;
using System.Net;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.LoadBalancing;

namespace FakeCloudHost.Edge;

/// <summary>
/// Stands in for Traefik behind its internal load balancer: TLS 1.2+ with the *.aks-ingress wildcard, SNI
/// strict (no certificate for a name it does not serve), an IP allow list that answers 403 to anyone but
/// the gateway (Traefik's ipAllowList middleware), and plain HTTP to the pods, round robin.
/// </summary>
public sealed class IngressStandIn : IAsyncDisposable
{
    private readonly WebApplication _app;

    private IngressStandIn(WebApplication app, int port, ConcurrentQueue<string?> serverNames)
    {
        _app = app;
        Port = port;
        ServerNames = serverNames;
    }

    public int Port { get; }

    /// <summary>Every SNI a client asked for (null: none), to check what the probes really sent.</summary>
    public ConcurrentQueue<string?> ServerNames { get; }

    public static Task<IngressStandIn> StartAsync(
        X509Certificate2 wildcard,
        IReadOnlyList<PodStandIn> pods,
        IReadOnlyCollection<IPAddress>? allowedSources,
        bool strictSni = true) =>
        StartAsync(() => wildcard, pods, allowedSources, strictSni, () => true);

    /// <summary>
    /// An ingress whose certificate is read at each connection (the fake cloud's Traefik serves what the CSI
    /// driver synced from the fake Key Vault; null: no certificate yet) and that routes only once
    /// <paramref name="routes"/> says the workload exists (Traefik answers 404 for a host no router matches).
    /// </summary>
    public static async Task<IngressStandIn> StartAsync(
        Func<X509Certificate2?> wildcard,
        IReadOnlyList<PodStandIn> pods,
        IReadOnlyCollection<IPAddress>? allowedSources,
        bool strictSni,
        Func<bool> routes)
    {
        var serverNames = new ConcurrentQueue<string?>();
        var builder = LoopbackServer.CreateBuilder(listen => listen.UseHttps(new HttpsConnectionAdapterOptions
        {
            SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
            ServerCertificateSelector = (_, serverName) =>
            {
                serverNames.Enqueue(serverName);
                // sniStrict: a name the certificate does not cover, or no name, gets no certificate at all.
                var certificate = wildcard();
                return certificate is not null && (!strictSni || (serverName is not null && certificate.MatchesHostname(serverName))) ? certificate : null;
            },
        }));
        builder.Services.AddReverseProxy().LoadFromMemory(
            [new RouteConfig { RouteId = "workload", ClusterId = "pods", Match = new RouteMatch { Path = "{**catch-all}" } }],
            [new ClusterConfig
            {
                ClusterId = "pods",
                LoadBalancingPolicy = LoadBalancingPolicies.RoundRobin,
                Destinations = pods.ToDictionary(p => p.HostName, p => new DestinationConfig { Address = p.Address.ToString() }),
            }]);
        var app = builder.Build();
        if (allowedSources is not null)
        {
            app.Use(async (context, next) =>
            {
                var source = context.Connection.RemoteIpAddress;
                if (source is null || !allowedSources.Contains(source))
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return;
                }

                await next(context);
            });
        }

        app.Use(async (context, next) =>
        {
            if (!routes())
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            await next(context);
        });
        app.MapReverseProxy();
        return new IngressStandIn(app, await LoopbackServer.StartAsync(app), serverNames);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
