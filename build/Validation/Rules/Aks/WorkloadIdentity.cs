using Build.Resources.Azure;

namespace Build.Validation.Rules.Aks;

public sealed class WorkloadIdentity : ClusterRule
{
    public override RuleDescriptor Descriptor { get; } = new("AKS013", "OIDC issuer and workload identity", Severity.Error, RuleFamily.Aks,
        "Pods (Traefik reading its certificate from Key Vault) sign in as Entra identities through federated service account tokens, with no secret in the cluster: the baseline enables the OIDC issuer and workload identity.",
        ["mspnp/aks-baseline: workload identity"]);

    protected override IEnumerable<Problem?> Check(ManagedCluster cluster, ValidationInput input) =>
    [
        Expect.True(cluster.OidcIssuer),
        Expect.True(cluster.WorkloadIdentity),
    ];
}
