using Build.Resources.Azure;

namespace Build.Validation.Rules.Aks;

public sealed class AzureCniWithAzureNetworkPolicy : ClusterRule
{
    public override RuleDescriptor Descriptor { get; } = new("AKS001", "Azure CNI with Azure network policy", Severity.Error, RuleFamily.Aks,
        "Pods take spoke addresses, so the firewall, NSGs and peered networks see real pod IPs, and NetworkPolicies are enforced: the baseline runs Azure CNI with Azure Network Policy.",
        ["Azure.AKS.AzureCNI", "Azure.AKS.NetworkPolicy"]);

    protected override IEnumerable<Problem?> Check(ManagedCluster cluster, ValidationInput input) =>
    [
        Expect.Equal(cluster.NetworkPlugin, "azure"),
        Expect.Equal(cluster.NetworkPolicy, "azure"),
    ];
}
