using System.Net;
using System.Net.Sockets;

namespace FakeCloudHost.Edge;

/// <summary>
/// The loopback stand-ins for what serves the workload: Application Gateway at the public address the fake
/// Azure reports for it (a 127/8 address of its own, on 443 when this user may bind it), Traefik behind it
/// admitting only the gateway's address, and the workload's two pods.
/// </summary>
public sealed class FakeEdge : IAsyncDisposable
{
    private readonly List<PodStandIn> _pods;
    private readonly IngressStandIn _ingress;
    private readonly GatewayStandIn _gateway;

    private FakeEdge(List<PodStandIn> pods, IngressStandIn ingress, GatewayStandIn gateway, IPAddress address)
    {
        _pods = pods;
        _ingress = ingress;
        _gateway = gateway;
        GatewayAddress = address;
    }

    public IPAddress GatewayAddress { get; }

    public int GatewayPort => _gateway.Port;

    public int IngressPort => _ingress.Port;

    public static async Task<FakeEdge> Start(CloudState state)
    {
        var deployed = new DeployedEdge(state);
        var pods = new List<PodStandIn>
        {
            await PodStandIn.StartAsync("aspnetapp-5d9f7c6b8-pod1"),
            await PodStandIn.StartAsync("aspnetapp-5d9f7c6b8-pod2"),
        };
        var address = new IPAddress([127, (byte)Random.Shared.Next(1, 255), (byte)Random.Shared.Next(1, 255), (byte)Random.Shared.Next(2, 255)]);
        var ingress = await IngressStandIn.StartAsync(deployed.IngressCertificate, pods, [address], strictSni: true, deployed.WorkloadRuns);
        GatewayStandIn gateway;
        try
        {
            gateway = await Gateway(deployed, ingress.Port, new IPEndPoint(address, 443), address);
        }
        catch (Exception exception) when (exception is IOException or SocketException)
        {
            // not allowed to bind a port below 1024: the fake App Gateway listens on an ephemeral one and says so
            gateway = await Gateway(deployed, ingress.Port, new IPEndPoint(address, 0), address);
        }

        lock (state.Gate)
        {
            state.Section("edge")["gatewayAddress"] = address.ToString();
            state.Section("edge")["gatewayPort"] = gateway.Port;
            state.Save();
        }

        return new FakeEdge(pods, ingress, gateway, address);
    }

    public async ValueTask DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _ingress.DisposeAsync();
        foreach (var pod in _pods)
        {
            await pod.DisposeAsync();
        }
    }

    private static Task<GatewayStandIn> Gateway(DeployedEdge deployed, int ingressPort, IPEndPoint endpoint, IPAddress source) =>
        GatewayStandIn.StartAsync(deployed.ListenerCertificate, deployed.TrustedRoot, deployed.BackendHostName, ingressPort, GatewayStandIn.Modern, endpoint, source);
}
