using System.Net;
using Build.SmokeTests;
using FakeCloudHost.Edge;

namespace Build.Tests.SmokeTests;

/// <summary>
/// The baseline's two TLS hops on 127.0.0.1: client → gateway stand-in (bicycle.&lt;domain&gt;) → re-encrypted
/// to the ingress stand-in (*.aks-ingress.&lt;domain&gt;, SNI strict, gateway's address only) → HTTP to the pods.
/// Every port is ephemeral; disposing stops everything.
/// </summary>
public sealed class BaselineHarness : IAsyncDisposable
{
    private readonly List<PodStandIn> _pods;
    private readonly IngressStandIn _ingress;
    private readonly IAsyncDisposable _gateway;

    private BaselineHarness(List<PodStandIn> pods, IngressStandIn ingress, IAsyncDisposable gateway, int gatewayPort, GatewayStandIn? inProcessGateway)
    {
        _pods = pods;
        _ingress = ingress;
        _gateway = gateway;
        Gateway = new SmokeEndpoint("127.0.0.1", gatewayPort);
        Ingress = new SmokeEndpoint("127.0.0.1", ingress.Port);
        GatewayStandIn = inProcessGateway;
    }

    public SmokeEndpoint Gateway { get; }

    public SmokeEndpoint Ingress { get; }

    public IngressStandIn IngressStandIn => _ingress;

    /// <summary>Null when the gateway runs in a child process.</summary>
    public GatewayStandIn? GatewayStandIn { get; }

    public IReadOnlyList<string> PodNames => _pods.Select(p => p.HostName).ToList();

    public static async Task<BaselineHarness> StartAsync(BaselineCertificates certificates, BaselineSettings? settings = null)
    {
        settings ??= new BaselineSettings();
        var pods = new List<PodStandIn>();
        IngressStandIn? ingress = null;
        try
        {
            for (var i = 0; i < settings.Pods; i++)
            {
                pods.Add(await PodStandIn.StartAsync($"aspnetapp-5d9f7c6b8-pod{i + 1}", settings.PodStatus, settings.PodGzip));
            }

            ingress = await IngressStandIn.StartAsync(
                certificates.Ingress,
                pods,
                settings.IngressAllowsAnySource ? null : [GatewayStandIn.SourceAddress],
                settings.IngressStrictSni);
            var listener = settings.GatewayCertificate ?? certificates.Gateway;
            if (settings.GatewayLegacyTls)
            {
                var child = await LegacyTlsGatewayProcess.StartAsync(listener, certificates.RootPem, BaselineCertificates.BackendHostName, ingress.Port);
                return new BaselineHarness(pods, ingress, child, child.Port, null);
            }

            var gateway = await GatewayStandIn.StartAsync(listener, certificates.Root, BaselineCertificates.BackendHostName, ingress.Port);
            return new BaselineHarness(pods, ingress, gateway, gateway.Port, gateway);
        }
        catch
        {
            if (ingress is not null)
            {
                await ingress.DisposeAsync();
            }

            foreach (var pod in pods)
            {
                await pod.DisposeAsync();
            }

            throw;
        }
    }

    /// <summary>What Deploy would ask: the gateway with bicycle.&lt;domain&gt;, the generated root, two pods, and the ingress closed to us.</summary>
    public SmokeTestOptions SmokeOptions(BaselineCertificates certificates) =>
        new(Gateway, BaselineCertificates.GatewayHostName)
        {
            CaFile = certificates.RootPem,
            ExpectDistinctBackends = 2,
            IngressEndpoint = Ingress,
            IngressHostName = BaselineCertificates.BackendHostName,
            Timeout = TimeSpan.FromSeconds(5),
        };

    public async ValueTask DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _ingress.DisposeAsync();
        foreach (var pod in _pods)
        {
            await pod.DisposeAsync();
        }
    }
}
