using System.Net;

namespace Build.Network;

/// <summary>A virtual network's address space and its subnets' plans, in address order.</summary>
public sealed record VirtualNetworkPlan(string Name, string Id, IReadOnlyList<IPNetwork> AddressSpace, IReadOnlyList<SubnetPlan> Subnets)
{
    public long Size => AddressSpace.Sum(Cidr.Size);
}
