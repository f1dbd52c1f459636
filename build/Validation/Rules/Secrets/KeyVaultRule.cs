using Build.Resources.Azure;

namespace Build.Validation.Rules.Secrets;

/// <summary>A rule over every predicted Key Vault.</summary>
public abstract class KeyVaultRule : ResourceRule<KeyVault>
{
    protected override IEnumerable<KeyVault> Targets(ValidationInput input) => input.Azure.KeyVaults;
}
