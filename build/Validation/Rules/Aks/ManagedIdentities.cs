using Build.Resources.Azure;

namespace Build.Validation.Rules.Aks;

public sealed class ManagedIdentities : ClusterRule
{
    public override RuleDescriptor Descriptor { get; } = new("AKS004", "Managed identities", Severity.Error, RuleFamily.Aks,
        "A managed identity has no secret to rotate or leak, where a service principal does: the baseline gives the control plane a user-assigned managed identity.",
        ["Azure.AKS.ManagedIdentity"]);

    protected override IEnumerable<Problem?> Check(ManagedCluster cluster, ValidationInput input) =>
    [
        Expect.OneOf(cluster.IdentityType, "UserAssigned", "SystemAssigned"),
        cluster.ServicePrincipalClientId.IsSet && !string.Equals(cluster.ServicePrincipalClientId.Text, "msi", StringComparison.OrdinalIgnoreCase)
            ? $"{cluster.ServicePrincipalClientId.Path} is {cluster.ServicePrincipalClientId.Shown}: a service principal with a secret, expected none (or 'msi')"
            : null,
    ];
}
