using Build.Resources.Azure;

namespace Build.Validation.Rules.Secrets;

public sealed class KeyVaultRbac : KeyVaultRule
{
    public override RuleDescriptor Descriptor { get; } = new("SEC001", "Key Vault uses Azure RBAC", Severity.Error, RuleFamily.Secrets,
        "Data-plane access is granted per secret reader through role assignments (App Gateway, Traefik), not vault-wide access policies: the baseline's vault uses RBAC authorization.",
        ["Azure.KeyVault.RBAC", "Azure.KeyVault.AccessPolicy"]);

    protected override IEnumerable<Problem?> Check(KeyVault vault, ValidationInput input) =>
    [
        Expect.True(vault.RbacAuthorization),
        vault.AccessPolicies.Count == 0 ? null : $"{vault.AccessPolicies.Path} has {vault.AccessPolicies.Count} entries: access policies bypass RBAC",
    ];
}
