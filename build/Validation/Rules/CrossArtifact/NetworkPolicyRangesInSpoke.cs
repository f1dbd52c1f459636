using Build.Network;
using Build.Resources.Azure;
using k8s.Models;

namespace Build.Validation.Rules.CrossArtifact;

public sealed class NetworkPolicyRangesInSpoke : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("X007", "NetworkPolicy address ranges sit inside the spoke", Severity.Error, RuleFamily.CrossArtifact,
        "Pod traffic to and from outside the spoke goes through the firewall, whose rules govern it; a policy's ipBlock outside the spoke (or wider than it) opens paths nobody reviews.",
        ["mspnp/aks-baseline: network policies"]);

    public override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        var network = input.Azure.Clusters.SelectMany(cluster => cluster.Pools).Select(pool => input.Azure.Subnet(pool.SubnetId.Text)).OfType<Subnet>().FirstOrDefault()?.VirtualNetwork;
        if (network is null)
        {
            return;
        }

        var spoke = network["properties.addressSpace.addressPrefixes"].Strings
            .Select(prefix => Cidr.TryParse(prefix, out var range) ? [range] : Array.Empty<System.Net.IPNetwork>()).SelectMany(ranges => ranges).ToList();
        foreach (var (item, policy) in input.Kubernetes.Objects<V1NetworkPolicy>())
        {
            var pointer = input.Kubernetes.Pointer(item);
            var blocks = (policy.Spec.Ingress ?? []).SelectMany(rule => rule.FromProperty ?? []).Select(peer => (Peer: peer, Setting: "spec.ingress"))
                .Concat((policy.Spec.Egress ?? []).SelectMany(rule => rule.To ?? []).Select(peer => (Peer: peer, Setting: "spec.egress")))
                .Where(pair => pair.Peer.IpBlock is not null);
            checks.Check(input.Kubernetes.Subject(item), blocks.SelectMany(pair => new[] { pair.Peer.IpBlock.Cidr }.Concat(pair.Peer.IpBlock.Except ?? []).Select(cidr => (cidr, pair.Setting)))
                .Select(pair => Cidr.TryParse(pair.cidr, out var range) && spoke.Any(space => Cidr.Within(range, space))
                    ? null
                    : (Problem?)new Problem($"{pair.Setting}[].ipBlock names {pair.cidr}, outside the spoke {network.Name} ({string.Join(", ", spoke)})", pointer.At($"{pair.Setting}")))
                .ToList());
        }
    }
}
