using Build.Resources.Azure;

namespace Build.Validation.Rules.Aks;

/// <summary>A rule over every predicted AKS cluster.</summary>
public abstract class ClusterRule : ResourceRule<ManagedCluster>
{
    protected override IEnumerable<ManagedCluster> Targets(ValidationInput input) => input.Azure.Clusters;
}
