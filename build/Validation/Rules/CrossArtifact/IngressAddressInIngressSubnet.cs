using System.Net;
using Build.Network;
using Build.Resources.Azure;
using Build.Resources.Workloads;

namespace Build.Validation.Rules.CrossArtifact;

public sealed class IngressAddressInIngressSubnet : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("X002", "Traefik's internal IP lies in the ingress subnet, not on a reserved address", Severity.Error, RuleFamily.CrossArtifact,
        "Azure gives an internal load balancer the static address it asks for only inside the subnet it names and never one of the five it reserves; otherwise the Service stays pending and App Gateway has no backend.",
        ["mspnp/aks-baseline: Traefik's static IP in the ingress subnet"]);

    public override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        var nodes = input.Azure.Clusters.SelectMany(cluster => cluster.Pools).Select(pool => input.Azure.Subnet(pool.SubnetId.Text)).OfType<Subnet>().FirstOrDefault();
        if (nodes is null)
        {
            return;
        }

        var network = input.Azure.VirtualNetworks.Single(candidate => candidate.Resource == nodes.VirtualNetwork);
        foreach (var service in input.Kubernetes.Services.Where(service => service.IsLoadBalancer && service.IsInternal))
        {
            checks.Check(service.Subject, Check(service, network, nodes));
        }
    }

    private static IEnumerable<Problem?> Check(KubernetesService service, VirtualNetwork network, Subnet nodes)
    {
        var annotation = $"{KubernetesService.AnnotationsSetting}['{KubernetesService.InternalSubnetAnnotation}']";
        var subnet = service.Subnet is { } name ? network.Subnets.FirstOrDefault(candidate => string.Equals(candidate.Name, name, StringComparison.OrdinalIgnoreCase)) : nodes;
        if (subnet is null)
        {
            yield return new Problem($"{annotation} is '{service.Subnet}', which is not a subnet of {network.Resource.Name} ({string.Join(", ", network.Subnets.Select(candidate => candidate.Name))})", service.Source.At(KubernetesService.AnnotationsSetting));
            yield break;
        }

        if (service.Address is not { } text)
        {
            yield break;
        }

        var setting = $"{KubernetesService.AnnotationsSetting}['{KubernetesService.Ipv4Annotation}']";
        if (!IPAddress.TryParse(text, out var address))
        {
            yield return new Problem($"{setting} is '{text}', which is not an IPv4 address", service.Source.At(KubernetesService.AnnotationsSetting));
            yield break;
        }

        var containing = subnet.Prefixes.Select(prefix => Cidr.TryParse(prefix, out var range) ? [range] : Array.Empty<IPNetwork>()).SelectMany(ranges => ranges)
            .Where(range => range.Contains(address)).ToList();
        yield return containing is [var range, ..]
            ? Cidr.IsAzureReserved(range, address)
                ? new Problem($"{setting} is {text}, one of the five addresses Azure reserves in {subnet.Name} ({range})", service.Source.At(KubernetesService.AnnotationsSetting))
                : null
            : new Problem($"{setting} is {text}, outside {subnet.Name} ({string.Join(", ", subnet.Prefixes)})", service.Source.At(KubernetesService.AnnotationsSetting));
    }
}
