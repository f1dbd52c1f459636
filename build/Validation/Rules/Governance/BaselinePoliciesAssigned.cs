using Build.Resources.Azure;
using Build.Validation.Rules.Aks;

namespace Build.Validation.Rules.Governance;

public sealed class BaselinePoliciesAssigned : ClusterRule
{
    public override RuleDescriptor Descriptor { get; } = new("GOV001", "The baseline's Azure Policy built-ins are assigned to the cluster", Severity.Error, RuleFamily.Governance,
        "The pod rules must hold in the cluster, not only in Validate: the baseline assigns the restricted pod security initiative, HTTPS-only ingress, internal load balancers, read-only root filesystems, container limits, allowed images, host paths, external IPs, endpoint edit, the default namespace and the cluster-configuration audits at the cluster's scope.",
        ["mspnp/aks-baseline: Azure Policy assignments", "Azure.AKS.AzurePolicyAddOn"]);

    protected override IEnumerable<Problem?> Check(ManagedCluster cluster, ValidationInput input)
    {
        var assigned = input.Azure.PolicyAssignments
            .Where(assignment => assignment.AppliesTo(cluster.Resource.Id))
            .Select(assignment => assignment.Definition)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        return BaselinePolicies.All
            .Where(policy => !assigned.Contains(policy.Definition))
            .Select(policy => (Problem?)$"no policy assignment of {policy} applies to it");
    }
}
