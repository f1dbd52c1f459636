using System.Net;
using Build.Infrastructure;

namespace Build.Network;

/// <summary>
/// The address plan as environment.json writes it, checked before anything derives from it: every prefix is an
/// IPv4 prefix without host bits, every subnet lies in its network, and nothing overlaps. Run before bicep, so
/// the root cause is reported, not what it causes downstream (a snapshot drift, a misplaced internal IP).
/// </summary>
public static class AddressPlanCheck
{
    /// <summary>Throws the first problem, naming the file, line and key (and how many more there are).</summary>
    public static void Check(EnvironmentSettings settings)
    {
        var problems = Problems(settings.AddressPlan).ToList();
        if (problems.Count > 0)
        {
            var (key, problem) = problems[0];
            throw settings.Source.Problem(key, problem, $"fix the address plan in environment.json{(problems.Count == 1 ? string.Empty : $" ({problems.Count - 1} more problem(s) follow, often from this one)")}");
        }
    }

    public static IEnumerable<(string Key, string Problem)> Problems(EnvironmentAddressPlan plan)
    {
        var networks = new[]
        {
            Network("addressPlan.hub", plan.Hub.AddressSpace, [
                ("firewallSubnetPrefix", plan.Hub.FirewallSubnetPrefix),
                ("gatewaySubnetPrefix", plan.Hub.GatewaySubnetPrefix),
                ("bastionSubnetPrefix", plan.Hub.BastionSubnetPrefix)]),
            Network("addressPlan.spoke", plan.Spoke.AddressSpace, [
                ("nodesSubnetPrefix", plan.Spoke.NodesSubnetPrefix),
                ("ingressSubnetPrefix", plan.Spoke.IngressSubnetPrefix),
                ("privateEndpointsSubnetPrefix", plan.Spoke.PrivateEndpointsSubnetPrefix),
                ("appGatewaySubnetPrefix", plan.Spoke.AppGatewaySubnetPrefix)]),
        };

        var parsed = new Dictionary<string, IPNetwork>(StringComparer.Ordinal);
        foreach (var (key, text) in networks.SelectMany(n => n.Subnets.Prepend(n.Space)))
        {
            if (Cidr.TryParse(text, out var prefix))
            {
                parsed[key] = prefix;
            }
            else
            {
                yield return (key, IPNetwork.TryParse(text, out var network) && network.BaseAddress.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork
                    ? $"'{text}' has host bits set (Azure refuses it): the prefix is {network}"
                    : $"'{text}' is not an IPv4 prefix such as 10.240.0.0/16");
            }
        }

        var spaces = networks.Where(n => parsed.ContainsKey(n.Space.Key)).ToList();
        for (var first = 0; first < spaces.Count; first++)
        {
            for (var second = first + 1; second < spaces.Count; second++)
            {
                if (Cidr.Overlap(parsed[spaces[first].Space.Key], parsed[spaces[second].Space.Key]))
                {
                    yield return (spaces[second].Space.Key, $"{parsed[spaces[second].Space.Key]} overlaps {spaces[first].Space.Key} {parsed[spaces[first].Space.Key]} (peered networks must not share addresses)");
                }
            }
        }

        foreach (var network in networks)
        {
            var subnets = network.Subnets.Where(s => parsed.ContainsKey(s.Key)).ToList();
            if (parsed.TryGetValue(network.Space.Key, out var space))
            {
                foreach (var (key, _) in subnets.Where(s => !Cidr.Within(parsed[s.Key], space)))
                {
                    yield return (key, $"{parsed[key]} lies outside {network.Space.Key} {space}");
                }
            }

            for (var first = 0; first < subnets.Count; first++)
            {
                for (var second = first + 1; second < subnets.Count; second++)
                {
                    if (Cidr.Overlap(parsed[subnets[first].Key], parsed[subnets[second].Key]))
                    {
                        yield return (subnets[second].Key, $"{parsed[subnets[second].Key]} overlaps {subnets[first].Key} {parsed[subnets[first].Key]}");
                    }
                }
            }
        }
    }

    private static (KeyValuePair<string, string> Space, List<KeyValuePair<string, string>> Subnets) Network(string key, string space, (string Name, string Prefix)[] subnets) =>
        (KeyValuePair.Create($"{key}.addressSpace", space), subnets.Select(s => KeyValuePair.Create($"{key}.{s.Name}", s.Prefix)).ToList());
}
