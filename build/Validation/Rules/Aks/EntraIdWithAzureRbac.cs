using Build.Resources.Azure;

namespace Build.Validation.Rules.Aks;

public sealed class EntraIdWithAzureRbac : ClusterRule
{
    public override RuleDescriptor Descriptor { get; } = new("AKS002", "Entra ID integration with Azure RBAC", Severity.Error, RuleFamily.Aks,
        "Cluster access is granted to Microsoft Entra groups through Azure role assignments, so it is audited and revoked in one place: the baseline uses AKS-managed Entra ID with Azure RBAC for Kubernetes.",
        ["Azure.AKS.ManagedAAD", "Azure.AKS.AzureRBAC", "Azure.AKS.UseRBAC"]);

    protected override IEnumerable<Problem?> Check(ManagedCluster cluster, ValidationInput input) =>
    [
        Expect.True(cluster.EnableRbac),
        Expect.True(cluster.AadManaged),
        Expect.True(cluster.AadAzureRbac),
    ];
}
