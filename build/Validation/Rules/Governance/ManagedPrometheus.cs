using Build.Resources.Azure;
using Build.Validation.Rules.Aks;

namespace Build.Validation.Rules.Governance;

public sealed class ManagedPrometheus : ClusterRule
{
    public override RuleDescriptor Descriptor { get; } = new("GOV006", "Managed Prometheus collects the cluster's metrics", Severity.Error, RuleFamily.Governance,
        "Node, pod and cluster metrics are what the alerts watch: the baseline enables the cluster's metrics add-on and associates it with a data collection rule that forwards Prometheus metrics to an Azure Monitor workspace.",
        ["Azure.AKS.ManagedPrometheus", "mspnp/aks-baseline: Azure Monitor managed Prometheus"]);

    protected override IEnumerable<Problem?> Check(ManagedCluster cluster, ValidationInput input)
    {
        yield return Expect.True(cluster.PrometheusMetrics);
        var workspaces = input.Azure.OfType(ArmTypes.MonitorWorkspace).Select(workspace => workspace.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var forwarding = input.Azure.DataCollectionRulesOf(cluster.Resource.Id).Any(rule => rule.PrometheusForwarders.Count > 0
            && rule.DestinationsOf(DataCollectionRule.PrometheusStream).Any(destination =>
                rule.MonitoringAccountDestinations.TryGetValue(destination, out var account) && workspaces.Contains(account)));
        yield return forwarding
            ? null
            : $"no data collection rule associated with it forwards {DataCollectionRule.PrometheusStream} to an Azure Monitor workspace the deployment predicts";
    }
}
