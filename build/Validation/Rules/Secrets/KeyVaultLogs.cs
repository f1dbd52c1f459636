using Build.Resources.Azure;

namespace Build.Validation.Rules.Secrets;

public sealed class KeyVaultLogs : KeyVaultRule
{
    public override RuleDescriptor Descriptor { get; } = new("SEC005", "Key Vault audit logs to a workspace", Severity.Error, RuleFamily.Secrets,
        "Every read of a certificate or secret is recorded where the security team looks: the baseline sends the vault's audit events to Log Analytics.",
        ["Azure.KeyVault.Logs"]);

    protected override IEnumerable<Problem?> Check(KeyVault vault, ValidationInput input)
    {
        var settings = input.Azure.DiagnosticSettingsOf(vault.Resource.Id).ToList();
        yield return settings.Any(setting => setting.SendsAnyOf("AuditEvent", "audit", "allLogs"))
            ? null
            : settings.Count == 0 ? "has no Microsoft.Insights/diagnosticSettings: vault access is not audited" : $"{settings[0].Resource.Reference} sends no audit category (AuditEvent, audit or allLogs) to a workspace";
    }
}
