namespace Build.Network;

/// <summary>
/// The environment's address plan, read from what the deployments predict: every virtual network and subnet with
/// its consumers, every range that must stay apart, and what is wrong with them.
/// </summary>
/// <param name="Ranges">Virtual networks (their own and peered ones), the cluster's service and pod CIDRs.</param>
/// <param name="Overlaps">Ranges that overlap, and subnets of one network that overlap each other.</param>
/// <param name="Outside">Subnets not inside their network's address space.</param>
/// <param name="Invalid">Prefixes that are not IPv4 CIDRs with the host bits clear, as "where: value".</param>
/// <param name="Peerings">The peerings, by the names of the networks they join (from, to).</param>
public sealed record IpPlan(
    IReadOnlyList<VirtualNetworkPlan> VirtualNetworks,
    IReadOnlyList<AddressSpace> Ranges,
    IReadOnlyList<AddressOverlap> Overlaps,
    IReadOnlyList<SubnetPlan> Outside,
    IReadOnlyList<(Build.Resources.Subject Subject, string Problem)> Invalid,
    IReadOnlyList<(string From, string To)> Peerings)
{
    public IEnumerable<SubnetPlan> Subnets => VirtualNetworks.SelectMany(network => network.Subnets);
}
