using Build.Resources.Azure;

namespace Build.Validation.Rules.Secrets;

public sealed class KeyVaultSoftDelete : KeyVaultRule
{
    public override RuleDescriptor Descriptor { get; } = new("SEC002", "Key Vault soft delete", Severity.Error, RuleFamily.Secrets,
        "A deleted certificate or vault can be recovered for the retention period: the baseline keeps soft delete on.",
        ["Azure.KeyVault.SoftDelete"]);

    protected override IEnumerable<Problem?> Check(KeyVault vault, ValidationInput input) =>
    [
        vault.SoftDelete.Flag == false ? $"{vault.SoftDelete.Path} is false, expected true" : null,
        !vault.SoftDeleteRetentionDays.IsSet || vault.SoftDeleteRetentionDays.Number is >= 7 and <= 90
            ? null
            : $"{vault.SoftDeleteRetentionDays.Path} is {vault.SoftDeleteRetentionDays.Shown}, expected 7 to 90 days",
    ];
}
