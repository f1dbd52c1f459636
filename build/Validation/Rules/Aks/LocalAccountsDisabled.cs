using Build.Resources.Azure;

namespace Build.Validation.Rules.Aks;

public sealed class LocalAccountsDisabled : ClusterRule
{
    public override RuleDescriptor Descriptor { get; } = new("AKS003", "Local accounts disabled", Severity.Error, RuleFamily.Aks,
        "The static cluster-admin credential bypasses Entra ID and cannot be attributed to a person: the baseline disables local accounts.",
        ["Azure.AKS.LocalAccounts"]);

    protected override IEnumerable<Problem?> Check(ManagedCluster cluster, ValidationInput input) => [Expect.True(cluster.DisableLocalAccounts)];
}
