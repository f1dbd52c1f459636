using Build.Resources.Azure;

namespace Build.Validation.Rules.Network;

public sealed class SubnetsHaveNetworkSecurityGroups : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("NET001", "Every subnet has an NSG", Severity.Error, RuleFamily.Network,
        "Each subnet filters what may reach it, and its flow logs show what did: the baseline gives every subnet an NSG except those Azure's platform services own (firewall, gateway).",
        ["Azure.VNET.UseNSGs", "Azure.NSG.Associated"]);

    public override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        foreach (var subnet in input.Azure.Subnets.Where(subnet => !subnet.IsPlatformOwned))
        {
            var nsg = subnet.NetworkSecurityGroupId;
            checks.Check(subnet.Subject, !nsg.IsSet
                ? $"{nsg.Path} is not set: the subnet has no network security group"
                : !nsg.IsUnresolved && input.Azure.Find(nsg.Text) is null
                    ? $"{nsg.Path} is {nsg.Shown}, a network security group no deployment predicts"
                    : null);
        }
    }
}
