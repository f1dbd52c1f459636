using Build.Resources.Azure;
using Build.Validation.Rules.Aks;

namespace Build.Validation.Rules.Governance;

public sealed class RecommendedPrometheusAlerts : ClusterRule
{
    /// <summary>The recommended alerts the baseline cannot do without, by level (Azure Monitor's recommended Prometheus alerts for AKS).</summary>
    public static readonly IReadOnlyList<(string Level, string Alert)> Required =
    [
        ("cluster", "KubeContainerOOMKilledCount"),
        ("cluster", "KubeQuotaAlmostFull"),
        ("cluster", "KubeDaemonSetNotScheduled"),
        ("node", "KubeNodeUnreachable"),
        ("node", "KubeNodeReadinessFlapping"),
        ("node", "KubeNodeDiskUsageHigh"),
        ("pod", "KubePodCrashLooping"),
        ("pod", "KubePodFailedState"),
        ("pod", "KubePodNotReadyByController"),
        ("pod", "KubeDeploymentReplicasMismatch"),
        ("pod", "KubeHpaMaxedOut"),
    ];

    public override RuleDescriptor Descriptor { get; } = new("GOV007", "Recommended Prometheus alerts at cluster, node and pod level", Severity.Error, RuleFamily.Governance,
        "Someone must hear about a crash-looping pod, an unreachable node or a full quota before the users do: the baseline deploys Azure Monitor's recommended Prometheus alert rule groups for the cluster, enabled.",
        ["Azure Monitor: recommended Prometheus alerts for AKS", "mspnp/aks-baseline: Prometheus alert rules"]);

    protected override IEnumerable<Problem?> Check(ManagedCluster cluster, ValidationInput input)
    {
        var groups = input.Azure.PrometheusRuleGroups
            .Where(group => group.Scopes.Strings.Contains(cluster.Resource.Id, StringComparer.OrdinalIgnoreCase))
            .ToList();
        var enabled = groups.Where(group => group.Enabled.Flag != false)
            .SelectMany(group => group.AlertRules.Where(rule => rule.IsEnabled).Select(rule => rule.Alert))
            .ToHashSet(StringComparer.Ordinal);
        return Required.Where(required => !enabled.Contains(required.Alert))
            .Select(required => (Problem?)$"no enabled Prometheus rule group scoped to it raises {required.Alert} ({required.Level} level; {groups.Count} rule group(s) scoped to it)");
    }
}
