using Build.Infrastructure;
using Build.Kubernetes;
using Build.Resources.Workloads;

namespace Build.Validation.Rules.Kubernetes;

public sealed class TrustedRegistries : WorkloadRule
{
    public const string MicrosoftRegistry = "mcr.microsoft.com";

    public override RuleDescriptor Descriptor { get; } = new("K8S006", "Images only from the cluster's ACR or MCR", Severity.Error, RuleFamily.Kubernetes,
        "Nodes reach only the cluster's registry (over Private Link) and Microsoft's, through the firewall: images come from the ACR they were imported into, or from MCR.",
        ["Azure Policy: Kubernetes cluster containers should only use allowed images"]);

    protected override bool HoldsInSystemNamespaces => true;

    protected override IEnumerable<Problem?> Check(Workload workload, ValidationInput input)
    {
        var allowed = Allowed(input);
        return workload.Containers.Select(container => allowed.Contains(ImageReference.Parse(container.Container.Image ?? string.Empty).Registry)
            ? null
            : At(workload, container.Setting("image"), $"is '{container.Container.Image}', from outside the cluster's registry and MCR ({string.Join(", ", allowed.Order(StringComparer.Ordinal))})"));
    }

    /// <summary>MCR, the predicted registries' login servers, and the acrLoginServer output as the layer was rendered with it (an offline stand-in before deployment).</summary>
    private static HashSet<string> Allowed(ValidationInput input)
    {
        var allowed = input.Azure.Registries.Select(registry => registry.LoginServer).Append(MicrosoftRegistry).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (input.Outputs.Contains(OutputNames.AcrLoginServer))
        {
            allowed.Add(new OutputValues(input.Outputs).Resolve(OutputNames.AcrLoginServer).Value);
        }

        return allowed;
    }
}
