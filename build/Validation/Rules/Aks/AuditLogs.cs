using Build.Resources.Azure;

namespace Build.Validation.Rules.Aks;

public sealed class AuditLogs : ClusterRule
{
    public override RuleDescriptor Descriptor { get; } = new("AKS014", "Audit logs to a workspace", Severity.Error, RuleFamily.Aks,
        "Who changed what in the cluster must be answerable after the fact: the baseline sends kube-audit-admin (and guard) to Log Analytics.",
        ["Azure.AKS.AuditLogs", "Azure.AKS.AuditAdmin", "Azure.AKS.PlatformLogs"]);

    protected override IEnumerable<Problem?> Check(ManagedCluster cluster, ValidationInput input)
    {
        var settings = input.Azure.DiagnosticSettingsOf(cluster.Resource.Id).ToList();
        yield return settings.Any(setting => setting.SendsAnyOf("kube-audit-admin", "kube-audit", "audit", "allLogs"))
            ? null
            : settings.Count == 0
                ? "has no Microsoft.Insights/diagnosticSettings: the audit log (kube-audit-admin) goes nowhere"
                : $"{settings[0].Resource.Reference} sends {string.Join(", ", settings.SelectMany(setting => setting.EnabledLogs).DefaultIfEmpty("no logs"))} to {settings[0].WorkspaceId.Shown}, expected kube-audit-admin to a workspace";
    }
}
