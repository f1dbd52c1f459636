using Build.Infrastructure;

namespace Build.Kubernetes;

/// <summary>
/// Offline, some outputs are ARM expressions bicep cannot evaluate (a <c>reference()</c> to a resource
/// that does not exist yet, such as Traefik's identity client id). Such a value renders as a stand-in of
/// the output's shape — an all-zero GUID, a host name under <c>.invalid</c>, an address from the
/// documentation range 192.0.2.0/24 — so the rendered objects still parse and validate, and the render
/// log names every stand-in. Online (from the deployments) there are none.
/// </summary>
public static class OfflineStandIn
{
    public const string ZeroGuid = "00000000-0000-0000-0000-000000000000";

    private static readonly Dictionary<string, OutputShape> Shapes = new(StringComparer.Ordinal)
    {
        [OutputNames.HubVnetId] = OutputShape.ResourceId,
        [OutputNames.HubVnetName] = OutputShape.Name,
        [OutputNames.HubAddressSpace] = OutputShape.Cidr,
        [OutputNames.FirewallPrivateIp] = OutputShape.IPv4Address,
        [OutputNames.FirewallPublicIpAddresses] = OutputShape.IPv4AddressList,
        [OutputNames.LogAnalyticsWorkspaceId] = OutputShape.ResourceId,
        [OutputNames.SpokeVnetId] = OutputShape.ResourceId,
        [OutputNames.SpokeVnetName] = OutputShape.Name,
        [OutputNames.SpokeAddressSpace] = OutputShape.Cidr,
        [OutputNames.NodesSubnetId] = OutputShape.ResourceId,
        [OutputNames.NodesSubnetPrefix] = OutputShape.Cidr,
        [OutputNames.IngressSubnetId] = OutputShape.ResourceId,
        [OutputNames.IngressSubnetName] = OutputShape.Name,
        [OutputNames.IngressSubnetPrefix] = OutputShape.Cidr,
        [OutputNames.PrivateEndpointsSubnetId] = OutputShape.ResourceId,
        [OutputNames.PrivateEndpointsSubnetPrefix] = OutputShape.Cidr,
        [OutputNames.AppGatewaySubnetId] = OutputShape.ResourceId,
        [OutputNames.AppGatewaySubnetPrefix] = OutputShape.Cidr,
        [OutputNames.AppGatewayPublicIpId] = OutputShape.ResourceId,
        [OutputNames.AppGatewayPublicIpAddress] = OutputShape.IPv4Address,
        [OutputNames.IngressLoadBalancerIp] = OutputShape.IPv4Address,
        [OutputNames.ClusterName] = OutputShape.Name,
        [OutputNames.KubernetesVersion] = OutputShape.Version,
        [OutputNames.KeyVaultName] = OutputShape.Name,
        [OutputNames.AcrName] = OutputShape.Name,
        [OutputNames.AcrLoginServer] = OutputShape.DnsName,
        [OutputNames.TenantId] = OutputShape.Guid,
        [OutputNames.TraefikIdentityClientId] = OutputShape.Guid,
        [OutputNames.DomainName] = OutputShape.DnsName,
        [OutputNames.GatewayHostName] = OutputShape.DnsName,
        [OutputNames.IngressDomain] = OutputShape.DnsName,
        [OutputNames.BackendHostName] = OutputShape.DnsName,
        [OutputNames.GatewayCertificateName] = OutputShape.Name,
        [OutputNames.IngressCertificateName] = OutputShape.Name,
        [OutputNames.IngressRootCertificateName] = OutputShape.Name,
        [OutputNames.WorkloadNamespace] = OutputShape.Name,
        [OutputNames.TraefikNamespace] = OutputShape.Name,
        [OutputNames.TraefikServiceAccountName] = OutputShape.Name,
    };

    /// <summary>The outputs that have a shape; every declared output must (a test holds the two lists together).</summary>
    public static IReadOnlyCollection<string> OutputsWithShape => Shapes.Keys;

    public static OutputShape ShapeOf(string outputName) =>
        Shapes.TryGetValue(outputName, out var shape)
            ? shape
            : throw new KeyNotFoundException($"The Bicep output '{outputName}' has no shape in build/Kubernetes/OfflineStandIn.cs, so it cannot be stood in for offline: add it.");

    /// <summary>The stand-in for an output known only after deployment.</summary>
    public static string For(string outputName) => ShapeOf(outputName) switch
    {
        OutputShape.Name => "unresolved",
        OutputShape.Guid => ZeroGuid,
        OutputShape.DnsName => $"{outputName.ToLowerInvariant()}.invalid",
        OutputShape.IPv4Address => "192.0.2.1",
        OutputShape.Cidr => "192.0.2.0/24",
        OutputShape.ResourceId => $"/subscriptions/{ZeroGuid}/resourceGroups/unresolved/providers/Unresolved/unresolved/{outputName}",
        OutputShape.Version => "0.0.0",
        OutputShape.IPv4AddressList => "[\"192.0.2.1\"]",
        _ => throw new ArgumentOutOfRangeException(nameof(outputName), outputName, "unknown shape"),
    };
}
