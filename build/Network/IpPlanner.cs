using System.Globalization;
using System.Net;
using Build.Resources;
using Build.Resources.Azure;
using Build.Resources.Workloads;
using Build.Validation;

namespace Build.Network;

/// <summary>
/// Plans the addresses the seed's way, for Azure CNI where pods take subnet addresses: per subnet,
/// (max nodes of every pool in it + the nodes an upgrade surges) × (maxPods + 1), plus private endpoints,
/// internal load balancer frontends, App Gateway instances and the firewall, against the subnet's size less
/// Azure's five. Everything comes from the predicted resources and the rendered layer: no CIDR is written here.
/// </summary>
public static class IpPlanner
{
    /// <summary>AKS's pod limit per node with Azure CNI when a pool sets none.</summary>
    private const int DefaultMaxPods = 30;

    public static IpPlan Plan(AzureResources azure, IReadOnlyList<KubernetesService> services)
    {
        var consumers = new Dictionary<string, List<AddressConsumer>>(StringComparer.OrdinalIgnoreCase);
        NodePools(azure, consumers);
        PrivateEndpoints(azure, consumers);
        InternalLoadBalancers(azure, services, consumers);
        Gateways(azure, consumers);

        var invalid = new List<(Subject, string)>();
        var networks = new List<VirtualNetworkPlan>();
        var ranges = new List<AddressSpace>();
        var overlaps = new List<AddressOverlap>();
        var outside = new List<SubnetPlan>();
        foreach (var network in azure.VirtualNetworks)
        {
            var space = Parse(network.AddressPrefixes.Strings, network.Resource.Subject, network.AddressPrefixes.Path, invalid);
            ranges.AddRange(space.Select(range => new AddressSpace("virtual network", network.Resource.Name, range, network.Resource.Subject)));

            var subnets = new List<SubnetPlan>();
            foreach (var subnet in network.Subnets)
            {
                var path = subnet.AddressPrefix.IsSet ? subnet.AddressPrefix.Path : subnet.AddressPrefixes.Path;
                foreach (var prefix in Parse(subnet.Prefixes, subnet.Subject, path, invalid))
                {
                    var plan = new SubnetPlan(network.Resource.Name, subnet.Name, subnet.Id, prefix, consumers.GetValueOrDefault(subnet.Id, []), subnet.Subject);
                    subnets.Add(plan);
                    if (!space.Any(range => Cidr.Within(prefix, range)))
                    {
                        outside.Add(plan);
                    }
                }
            }

            subnets.Sort((first, second) => Cidr.First(first.Prefix).CompareTo(Cidr.First(second.Prefix)));
            overlaps.AddRange(Overlapping(subnets.Select(subnet => new AddressSpace("subnet", $"{network.Resource.Name}/{subnet.Name}", subnet.Prefix, subnet.Subject)).ToList()));
            networks.Add(new VirtualNetworkPlan(network.Resource.Name, network.Resource.Id, space, subnets));
        }

        ranges.AddRange(PeeredNetworks(azure, invalid));
        ranges.AddRange(ClusterRanges(azure, invalid));
        overlaps.InsertRange(0, Overlapping(ranges));
        var peerings = azure.Peerings
            .Select(peering => (From: Name(peering.LocalNetworkId), To: Name(peering.RemoteNetworkId.Text ?? string.Empty)))
            .ToList();
        return new IpPlan(networks, ranges, overlaps, outside, invalid, peerings);
    }

    /// <summary>Nodes AKS adds while upgrading a pool of <paramref name="nodes"/>: maxSurge as a count or a percentage rounded up; 10 % (at least one) when unset, AKS's default.</summary>
    public static long Surge(string? maxSurge, long nodes)
    {
        if (nodes == 0)
        {
            return 0;
        }

        if (maxSurge is { } text && text.EndsWith('%') && double.TryParse(text[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var percent))
        {
            return (long)Math.Ceiling(nodes * percent / 100);
        }

        return maxSurge is { } count && long.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var absolute)
            ? absolute
            : Math.Max(1, (long)Math.Ceiling(nodes * 0.1));
    }

    private static void NodePools(AzureResources azure, Dictionary<string, List<AddressConsumer>> consumers)
    {
        foreach (var cluster in azure.Clusters)
        {
            // Azure CNI (not overlay) gives every pod a subnet address, next to its node's
            var podsTakeSubnetAddresses = string.Equals(cluster.NetworkPlugin.Text, "azure", StringComparison.OrdinalIgnoreCase)
                && !string.Equals(cluster.NetworkPluginMode.Text, "overlay", StringComparison.OrdinalIgnoreCase);
            foreach (var pool in cluster.Pools)
            {
                if (pool.SubnetId.Text is not { } subnetId)
                {
                    continue;
                }

                var maxPods = (long)(pool.MaxPods.Number ?? DefaultMaxPods);
                var (now, max) = (pool.CurrentNodes, pool.MaximumNodes);
                var (surgeNow, surgeMax) = (Surge(pool.MaxSurge.Text, now), Surge(pool.MaxSurge.Text, max));
                var podSubnet = pool.PodSubnetId.Text;
                var perNode = podsTakeSubnetAddresses && podSubnet is null ? maxPods + 1 : 1;
                var nodes = $"({max} + {surgeMax} surge)";
                Add(consumers, subnetId, new AddressConsumer("node pool", pool.Name, (now + surgeNow) * perNode, (max + surgeMax) * perNode, true,
                    perNode == 1 ? $"{nodes} nodes" : $"{nodes} × ({maxPods} pods + 1)"));
                if (podsTakeSubnetAddresses && podSubnet is not null)
                {
                    Add(consumers, podSubnet, new AddressConsumer("pods of", pool.Name, (now + surgeNow) * maxPods, (max + surgeMax) * maxPods, true, $"{nodes} × {maxPods} pods"));
                }
            }
        }
    }

    private static void PrivateEndpoints(AzureResources azure, Dictionary<string, List<AddressConsumer>> consumers)
    {
        // a registry's endpoint takes one address for the registry and one per region's data endpoint
        var replicas = azure.OfType(ArmTypes.RegistryReplication)
            .GroupBy(replica => replica.Id[..replica.Id.LastIndexOf("/replications/", StringComparison.OrdinalIgnoreCase)], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => group.Count(), StringComparer.OrdinalIgnoreCase);
        foreach (var endpoint in azure.PrivateEndpoints)
        {
            if (endpoint.SubnetId.Text is not { } subnetId)
            {
                continue;
            }

            var addresses = endpoint.Connections.Sum(connection => connection.GroupIds.Sum(group =>
                string.Equals(group, "registry", StringComparison.OrdinalIgnoreCase) ? 2 + replicas.GetValueOrDefault(connection.TargetId) : 1));
            var detail = addresses == 1 ? "1 address" : $"{addresses} addresses ({string.Join(", ", endpoint.Connections.SelectMany(connection => connection.GroupIds))})";
            Add(consumers, subnetId, new AddressConsumer("private endpoint", endpoint.Resource.Name, addresses, addresses, false, detail));
        }
    }

    /// <summary>Each internal LoadBalancer Service takes one frontend address, in the subnet its annotation names or else the nodes'.</summary>
    private static void InternalLoadBalancers(AzureResources azure, IReadOnlyList<KubernetesService> services, Dictionary<string, List<AddressConsumer>> consumers)
    {
        var nodesSubnet = azure.Clusters.SelectMany(cluster => cluster.Pools).Select(pool => azure.Subnet(pool.SubnetId.Text)).FirstOrDefault(subnet => subnet is not null);
        if (nodesSubnet is null)
        {
            return;
        }

        var byName = azure.VirtualNetworks.Single(network => network.Resource == nodesSubnet.VirtualNetwork).Subnets
            .GroupBy(subnet => subnet.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => group.First(), StringComparer.OrdinalIgnoreCase);
        foreach (var service in services.Where(service => service.IsLoadBalancer && service.IsInternal))
        {
            var subnet = service.Subnet is { } name ? byName.GetValueOrDefault(name) : nodesSubnet;
            if (subnet is not null)
            {
                Add(consumers, subnet.Id, new AddressConsumer("internal load balancer", service.Reference, 1, 1, false, service.Address is { } address ? $"frontend {address}" : "1 frontend"));
            }
        }
    }

    private static void Gateways(AzureResources azure, Dictionary<string, List<AddressConsumer>> consumers)
    {
        foreach (var gateway in azure.ApplicationGateways)
        {
            var minimum = (long)(gateway.MinCapacity.Number ?? gateway.Capacity.Number ?? 0);
            var maximum = (long)(gateway.MaxCapacity.Number ?? gateway.Capacity.Number ?? minimum);
            var privateFrontends = gateway.FrontendIpConfigurations.Count(frontend => frontend["properties.subnet.id"].IsSet || frontend["properties.privateIPAddress"].IsSet);
            foreach (var subnetId in gateway.SubnetIds)
            {
                Add(consumers, subnetId, new AddressConsumer("application gateway", gateway.Resource.Name, minimum + privateFrontends, maximum + privateFrontends, false,
                    $"{minimum}-{maximum} instances" + (privateFrontends > 0 ? $" + {privateFrontends} private frontend" : string.Empty)));
            }
        }

        foreach (var firewall in azure.Firewalls)
        {
            foreach (var subnetId in firewall.SubnetIds)
            {
                Add(consumers, subnetId, new AddressConsumer("firewall", firewall.Resource.Name, 1, 1, false, "private IP (scale-out instances need the /26)"));
            }
        }

        foreach (var bastion in azure.OfType(ArmTypes.BastionHost))
        {
            foreach (var configuration in bastion["properties.ipConfigurations"].Items())
            {
                if (configuration["properties.subnet.id"].Text is { } subnetId)
                {
                    Add(consumers, subnetId, new AddressConsumer("bastion", bastion.Name, 1, 1, false, "1 address per instance"));
                }
            }
        }
    }

    /// <summary>Peered networks that are not among the predicted ones, by the address space the peering records.</summary>
    private static IEnumerable<AddressSpace> PeeredNetworks(AzureResources azure, List<(Subject, string)> invalid)
    {
        foreach (var peering in azure.Peerings)
        {
            if (peering.RemoteNetworkId.Text is { } remote && azure.Find(remote) is null)
            {
                foreach (var range in Parse(peering.RemoteAddressPrefixes.Strings, peering.Resource.Subject, peering.RemoteAddressPrefixes.Path, invalid))
                {
                    yield return new AddressSpace("peered network", remote[(remote.LastIndexOf('/') + 1)..], range, peering.Resource.Subject);
                }
            }
        }
    }

    private static IEnumerable<AddressSpace> ClusterRanges(AzureResources azure, List<(Subject, string)> invalid)
    {
        foreach (var cluster in azure.Clusters)
        {
            foreach (var (kind, value) in new[] { ("service CIDR", cluster.ServiceCidr), ("pod CIDR", cluster.PodCidr) })
            {
                if (value.IsSet)
                {
                    foreach (var range in Parse([value.Text ?? string.Empty], cluster.Resource.Subject, value.Path, invalid))
                    {
                        yield return new AddressSpace(kind, cluster.Resource.Name, range, cluster.Resource.Subject);
                    }
                }
            }
        }
    }

    /// <summary>Overlapping pairs, by sorting on the first address and sweeping (n log n, not every pair).</summary>
    private static List<AddressOverlap> Overlapping(IReadOnlyList<AddressSpace> spaces)
    {
        var sorted = spaces.OrderBy(space => Cidr.First(space.Range)).ThenByDescending(space => Cidr.Size(space.Range)).ToList();
        var overlaps = new List<AddressOverlap>();
        AddressSpace? widest = null;
        foreach (var space in sorted)
        {
            if (widest is not null && Cidr.First(space.Range) <= Cidr.Last(widest.Range))
            {
                overlaps.Add(new AddressOverlap(widest, space));
            }

            if (widest is null || Cidr.Last(space.Range) > Cidr.Last(widest.Range))
            {
                widest = space;
            }
        }

        return overlaps;
    }

    private static List<IPNetwork> Parse(IEnumerable<string> prefixes, Subject subject, string path, List<(Subject, string)> invalid)
    {
        var parsed = new List<IPNetwork>();
        foreach (var prefix in prefixes)
        {
            if (Cidr.TryParse(prefix, out var network))
            {
                parsed.Add(network);
            }
            else
            {
                invalid.Add((subject, $"{path} is '{prefix}', which is not an IPv4 CIDR with the host bits clear"));
            }
        }

        return parsed;
    }

    private static string Name(string id) => id[(id.LastIndexOf('/') + 1)..];

    private static void Add(Dictionary<string, List<AddressConsumer>> consumers, string subnetId, AddressConsumer consumer)
    {
        if (!consumers.TryGetValue(subnetId, out var list))
        {
            list = [];
            consumers.Add(subnetId, list);
        }

        list.Add(consumer);
    }
}
