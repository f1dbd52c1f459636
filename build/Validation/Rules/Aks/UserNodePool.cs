using Build.Resources.Azure;

namespace Build.Validation.Rules.Aks;

public sealed class UserNodePool : ClusterRule
{
    public override RuleDescriptor Descriptor { get; } = new("AKS007", "User pool with at least two nodes", Severity.Error, RuleFamily.Aks,
        "Workloads run on a user pool of their own, with two nodes at least so a node's upgrade or loss leaves a replica serving.",
        ["Azure.AKS.MinUserPoolNodes"]);

    protected override IEnumerable<Problem?> Check(ManagedCluster cluster, ValidationInput input)
    {
        var user = cluster.Pools.Where(pool => !pool.IsSystem).ToList();
        if (user.Count == 0)
        {
            yield return "properties.agentPoolProfiles has no pool with mode 'User' for the workload";
        }

        foreach (var pool in user)
        {
            yield return Expect.AtLeast(pool.EnableAutoScaling.Flag == true ? pool.MinCount : pool.Count, 2);
        }
    }
}
