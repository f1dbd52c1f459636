using Build.Resources.Azure;
using Build.Validation.Rules.Aks;

namespace Build.Validation.Rules.Governance;

public sealed class ContainerInsightsSyslog : ClusterRule
{
    public override RuleDescriptor Descriptor { get; } = new("GOV011", "Container Insights with Entra authentication and the nodes' syslog", Severity.Error, RuleFamily.Governance,
        "The nodes' own logs (kubelet, containerd, the kernel) explain what pod logs cannot: Container Insights signs in with Microsoft Entra ID, not a workspace key, and its data collection rule sends the Syslog stream to Log Analytics.",
        ["Azure.AKS.ContainerInsights", "mspnp/aks-baseline: Container Insights with syslog"]);

    protected override IEnumerable<Problem?> Check(ManagedCluster cluster, ValidationInput input)
    {
        yield return Expect.True(cluster.MonitoringEntraAuth);
        var collects = input.Azure.DataCollectionRulesOf(cluster.Resource.Id).Any(rule => rule.SyslogSources.Any(source => source["streams"].Strings.Contains(DataCollectionRule.SyslogStream, StringComparer.OrdinalIgnoreCase))
            && rule.DestinationsOf(DataCollectionRule.SyslogStream).Any(rule.LogAnalyticsDestinations.ContainsKey));
        yield return collects ? null : $"no data collection rule associated with it sends {DataCollectionRule.SyslogStream} from a syslog data source to a Log Analytics workspace";
    }
}
