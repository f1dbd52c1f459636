using Build.Resources.Azure;

namespace Build.Validation.Rules.Aks;

public sealed class NodeOsUpgrades : ClusterRule
{
    public const string Schedule = "aksManagedNodeOSUpgradeSchedule";

    public override RuleDescriptor Descriptor { get; } = new("AKS016", "Node OS upgrades in a maintenance window", Severity.Error, RuleFamily.Aks,
        "Nodes get their OS security patches without anyone remembering to, at an hour the business chose: the baseline uses the node OS auto-upgrade channel with a maintenance window (replacing kured).",
        ["Azure.AKS.NodeAutoUpgrade", "Azure.AKS.MaintenanceWindow"]);

    protected override IEnumerable<Problem?> Check(ManagedCluster cluster, ValidationInput input)
    {
        yield return Expect.OneOf(cluster.NodeOsUpgradeChannel, "NodeImage", "SecurityPatch");
        var window = input.Azure.Find($"{cluster.Resource.Id}/maintenanceConfigurations/{Schedule}");
        yield return window is null
            ? $"has no maintenanceConfigurations/{Schedule}: node OS upgrades would run at any time"
            : window["properties.maintenanceWindow"].IsSet ? null : $"{window.Reference}: properties.maintenanceWindow is not set";
    }
}
