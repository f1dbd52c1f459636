using Build.Resources.Azure;

namespace Build.Validation.Rules.Secrets;

public sealed class KeyVaultNetworkDeny : KeyVaultRule
{
    public override RuleDescriptor Descriptor { get; } = new("SEC003", "Key Vault denies public network traffic", Severity.Error, RuleFamily.Secrets,
        "Secrets are read over Private Link from the spoke; the public endpoint answers only the addresses explicitly allowed: the baseline's vault firewall defaults to Deny.",
        ["Azure.KeyVault.Firewall"]);

    protected override IEnumerable<Problem?> Check(KeyVault vault, ValidationInput input) =>
        string.Equals(vault.PublicNetworkAccess.Text, "Disabled", StringComparison.OrdinalIgnoreCase) ? [] : [Expect.Equal(vault.DefaultNetworkAction, "Deny")];
}
