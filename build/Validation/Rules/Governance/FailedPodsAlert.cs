using Build.Resources.Azure;
using Build.Validation.Rules.Aks;

namespace Build.Validation.Rules.Governance;

public sealed class FailedPodsAlert : ClusterRule
{
    public override RuleDescriptor Descriptor { get; } = new("GOV009", "A log alert for failed pods", Severity.Error, RuleFamily.Governance,
        "A pod that fails is not restarted in place: the baseline raises a log alert on Container Insights' pod inventory whenever a pod of the cluster is in the Failed phase.",
        ["mspnp/aks-baseline: PodFailedScheduledQuery"]);

    protected override IEnumerable<Problem?> Check(ManagedCluster cluster, ValidationInput input)
    {
        var workspace = cluster.MonitoringWorkspace.Text;
        var alerts = input.Azure.ScheduledQueryRules
            .Where(rule => rule.Queries.Any(query => query.Text is { } text
                && text.Contains("KubePodInventory", StringComparison.Ordinal)
                && text.Contains("Failed", StringComparison.Ordinal)
                && (text.Contains(cluster.Resource.Id, StringComparison.OrdinalIgnoreCase) || text.Contains(cluster.Resource.Name, StringComparison.OrdinalIgnoreCase))))
            .ToList();
        if (alerts.Count == 0)
        {
            yield return $"no log alert queries KubePodInventory for this cluster's pods in the Failed phase";
            yield break;
        }

        foreach (var alert in alerts)
        {
            yield return Expect.True(alert.Enabled) is { } disabled ? $"{alert.Resource.Reference}: {disabled.Message}" : null;
            yield return workspace is null || alert.Scopes.Strings.Contains(workspace, StringComparer.OrdinalIgnoreCase)
                ? null
                : $"{alert.Resource.Reference}: {alert.Scopes.Path} is {alert.Scopes.Shown}, not the workspace Container Insights writes to ({workspace})";
        }
    }
}
