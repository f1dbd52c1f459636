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

namespace Build.Tests.SmokeTests;

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

    public static async Task<IngressStandIn> StartAsync(
        X509Certificate2 wildcard,
        IReadOnlyList<PodStandIn> pods,
        IReadOnlyCollection<IPAddress>? allowedSources,
        bool strictSni = true)
    {
        var serverNames = new ConcurrentQueue<string?>();
        var builder = LoopbackServer.CreateBuilder(listen => listen.UseHttps(new HttpsConnectionAdapterOptions
        {
            SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
            ServerCertificateSelector = (_, serverName) =>
            {
                serverNames.Enqueue(serverName);
                // sniStrict: a name the certificate does not cover, or no name, gets no certificate at all.
                return !strictSni || (serverName is not null && wildcard.MatchesHostname(serverName)) ? wildcard : null;
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

        app.MapReverseProxy();
        return new IngressStandIn(app, await LoopbackServer.StartAsync(app), serverNames);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
