using Build.Resources.Azure;

namespace Build.Validation.Rules.Aks;

public sealed class AzurePolicyAddOn : ClusterRule
{
    public override RuleDescriptor Descriptor { get; } = new("AKS012", "Azure Policy add-on", Severity.Error, RuleFamily.Aks,
        "Gatekeeper enforces the organisation's pod policies inside the cluster at admission: the baseline enables the Azure Policy add-on.",
        ["Azure.AKS.AzurePolicyAddOn"]);

    protected override IEnumerable<Problem?> Check(ManagedCluster cluster, ValidationInput input) => [Expect.True(cluster.AzurePolicyEnabled)];
}
