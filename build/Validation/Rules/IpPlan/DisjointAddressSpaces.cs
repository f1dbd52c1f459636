using System.Net;
using Build.Network;

namespace Build.Validation.Rules.IpPlan;

public sealed class DisjointAddressSpaces : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("IP003", "No overlapping address spaces", Severity.Error, RuleFamily.IpPlan,
        "Routing between peered networks, pods and Kubernetes services is ambiguous when ranges overlap, and Azure refuses the peering: hub, spoke, peered networks, the service and pod CIDRs and the subnets of each network stay apart, and each subnet lies in its network.",
        ["mspnp/aks-baseline: plan the IP addresses"]);

    public override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        var plan = input.IpPlan;
        foreach (var range in plan.Ranges)
        {
            checks.Pass(range.Subject);
        }

        foreach (var subnet in plan.Subnets)
        {
            checks.Pass(subnet.Subject);
        }

        foreach (var overlap in plan.Overlaps)
        {
            checks.Check(overlap.Second.Subject, $"{overlap.Second.Kind} {overlap.Second.Range} overlaps {overlap.First.Kind} {overlap.First.Owner} ({overlap.First.Range})");
        }

        foreach (var subnet in plan.Outside)
        {
            checks.Check(subnet.Subject, $"{subnet.Prefix} is outside the address space of {subnet.VirtualNetwork} ({string.Join(", ", plan.VirtualNetworks.Where(network => network.Name == subnet.VirtualNetwork).SelectMany(network => network.AddressSpace))})");
        }

        foreach (var (subject, problem) in plan.Invalid)
        {
            checks.Check(subject, problem);
        }

        foreach (var cluster in input.Azure.Clusters.Where(cluster => cluster.DnsServiceIp.IsSet))
        {
            checks.Check(cluster.Resource.Subject,
                Cidr.TryParse(cluster.ServiceCidr.Text, out var services) && IPAddress.TryParse(cluster.DnsServiceIp.Text, out var dns) && services.Contains(dns) && !dns.Equals(services.BaseAddress)
                    ? null
                    : $"{cluster.DnsServiceIp.Path} is {cluster.DnsServiceIp.Shown}, expected an address inside {cluster.ServiceCidr.Path} {cluster.ServiceCidr.Shown}");
        }
    }
}
