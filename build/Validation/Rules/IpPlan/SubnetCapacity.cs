namespace Build.Validation.Rules.IpPlan;

public sealed class SubnetCapacity : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("IP001", "Every subnet holds its consumers at maximum scale", Severity.Error, RuleFamily.IpPlan,
        "With Azure CNI a node reserves maxPods + 1 addresses, and upgrades surge extra nodes; a subnet that runs out stops the autoscaler and upgrades mid-way. Required = (max nodes + surge) x (maxPods + 1) + private endpoints + load balancer frontends, within the subnet less Azure's five.",
        ["Azure.AKS.CNISubnetSize", "mspnp/aks-baseline: plan the IP addresses"]);

    public override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        foreach (var subnet in input.IpPlan.Subnets)
        {
            checks.Check(subnet.Subject, subnet.RequiredAtMax <= subnet.Usable
                ? null
                : $"{subnet.Prefix} has {subnet.Usable} usable addresses, but needs {subnet.RequiredAtMax} at maximum scale: {string.Join("; ", subnet.Consumers.Select(consumer => $"{consumer} = {consumer.AtMax}"))}");
        }
    }
}
