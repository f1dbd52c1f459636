using Build.Infrastructure;
using Build.Resources.Azure;

namespace Build.Validation.Rules.Network;

public sealed class DefaultRouteThroughFirewall : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("NET002", "Node and ingress subnets route 0.0.0.0/0 to a virtual appliance", Severity.Error, RuleFamily.Network,
        "Nothing leaves the spoke except through the hub's firewall: the baseline's route table sends the default route of the node and ingress subnets to the firewall's private IP.",
        ["mspnp/aks-baseline: route table to the hub firewall"]);

    public override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        var subnets = input.Azure.Clusters.SelectMany(cluster => cluster.Pools).Select(pool => pool.SubnetId.Text)
            .Append(input.Output(OutputNames.IngressSubnetId))
            .Select(input.Azure.Subnet)
            .OfType<Subnet>()
            .DistinctBy(subnet => subnet.Id, StringComparer.OrdinalIgnoreCase);
        foreach (var subnet in subnets)
        {
            checks.Check(subnet.Subject, Check(subnet, input.Azure));
        }
    }

    private static Problem? Check(Subnet subnet, AzureResources azure)
    {
        if (!subnet.RouteTableId.IsSet)
        {
            return $"{subnet.RouteTableId.Path} is not set: the subnet's default route goes straight to the internet";
        }

        if (azure.Find(subnet.RouteTableId.Text) is not { } resource)
        {
            return $"{subnet.RouteTableId.Path} is {subnet.RouteTableId.Shown}, a route table no deployment predicts";
        }

        var table = new RouteTable(resource);
        var route = table.DefaultRoutes.FirstOrDefault();
        return route is null
            ? $"{resource.Reference} has no route for 0.0.0.0/0"
            : Expect.Equal(route["properties.nextHopType"], "VirtualAppliance") is { } problem
                ? new Problem($"{resource.Reference}: {problem.Message}", resource.Location)
                : route["properties.nextHopIpAddress"].IsSet ? null : $"{resource.Reference}: {route["properties.nextHopIpAddress"].Path} is not set";
    }
}
