using Build.Resources.Workloads;
using Build.Validation.Policies;

namespace Build.Validation.Rules.Kubernetes;

public sealed class TrustedRegistries : WorkloadRule
{
    public override RuleDescriptor Descriptor { get; } = new("K8S006", "Images only from the cluster's ACR or the environment's additional registries (MCR in prod)", Severity.Error, RuleFamily.Kubernetes,
        "Nodes reach only the cluster's registry (over Private Link) and Microsoft's, through the firewall: images come from the ACR they were imported into, or from the environment's additional registries (additionalRegistries in cluster-policy.json: MCR in prod), the registries the cluster's allowed-images policy assignment admits.",
        ["Azure Policy: Kubernetes cluster containers should only use allowed images"]);

    protected override bool HoldsInSystemNamespaces => true;

    protected override IEnumerable<Problem?> Check(Workload workload, ValidationInput input)
    {
        var trusted = RegistryPolicy.Trusted(input);
        return workload.Containers.Select(container => trusted.Contains(ImageReference.Parse(container.Container.Image ?? string.Empty).Registry)
            ? null
            : At(workload, container.Setting("image"), $"is '{container.Container.Image}', from outside the cluster's registry and the additional registries of {input.Policy.Source.File} ({string.Join(", ", trusted.Order(StringComparer.Ordinal))}): import it into the cluster's registry (helm/images.yaml) or add its registry to additionalRegistries there"));
    }
}
