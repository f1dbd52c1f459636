using Build.Resources.Azure;

namespace Build.Validation.Rules.Aks;

public sealed class ContainerInsights : ClusterRule
{
    public override RuleDescriptor Descriptor { get; } = new("AKS011", "Monitoring add-on to a workspace", Severity.Error, RuleFamily.Aks,
        "Node, pod and container logs and metrics go to Log Analytics for the operations team: the baseline enables Container Insights on the hub's workspace.",
        ["Azure.AKS.ContainerInsights"]);

    protected override IEnumerable<Problem?> Check(ManagedCluster cluster, ValidationInput input) =>
    [
        Expect.True(cluster.MonitoringEnabled),
        Expect.Set(cluster.MonitoringWorkspace, "the add-on needs a Log Analytics workspace"),
    ];
}
