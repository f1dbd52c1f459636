using Build.Resources.Azure;
using Build.Validation.Rules.Aks;

namespace Build.Validation.Rules.Governance;

public sealed class DefenderForContainers : ClusterRule
{
    public override RuleDescriptor Descriptor { get; } = new("GOV005", "Microsoft Defender for Containers", Severity.Warning, RuleFamily.Governance,
        "Runtime threat detection and the registry's vulnerability assessment come from Defender for Containers: the baseline runs the Defender sensor on the nodes, reporting to the workspace, under the subscription's Containers plan (an environment switch, since it is billed per vCore).",
        ["Azure.AKS.DefenderProfile", "Azure Policy: Azure Kubernetes Service clusters should have Defender profile enabled"]);

    protected override IEnumerable<Problem?> Check(ManagedCluster cluster, ValidationInput input)
    {
        yield return Expect.True(cluster.DefenderMonitoring);
        yield return cluster.DefenderMonitoring.Flag == true ? Expect.Set(cluster.DefenderWorkspace, "the sensor reports to a Log Analytics workspace") : null;
        var plan = input.Azure.SecurityPricings.FirstOrDefault(pricing => string.Equals(pricing.Plan, SecurityPricing.Containers, StringComparison.OrdinalIgnoreCase));
        yield return plan is null
            ? $"no deployment predicts the subscription's Defender for Containers plan ({ArmTypes.SecurityPricing}/{SecurityPricing.Containers})"
            : string.Equals(plan.Tier.Text, "Standard", StringComparison.OrdinalIgnoreCase) ? null : $"{plan.Resource.Reference}: {plan.Tier.Path} is {plan.Tier.Shown}, expected 'Standard'";
    }
}
