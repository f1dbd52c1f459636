namespace Build.Network;

/// <summary>
/// Something that takes addresses from a subnet: a node pool (its nodes and, with Azure CNI, every pod), a private
/// endpoint, an internal load balancer's frontend, App Gateway's instances, the firewall.
/// </summary>
/// <param name="Now">Addresses at the pool's current node count (plus an upgrade's surge) or the configured minimum.</param>
/// <param name="AtMax">Addresses at the maximum the template allows (autoscaler maximum plus surge, App Gateway's maximum capacity).</param>
/// <param name="Scales">Whether the seed's scale-out question applies to it (node pools).</param>
/// <param name="Detail">How the numbers were reached, e.g. <c>(4 + 2 surge) × (30 pods + 1)</c>.</param>
public sealed record AddressConsumer(string Kind, string Name, long Now, long AtMax, bool Scales, string Detail)
{
    public override string ToString() => $"{Kind} {Name}: {Detail}";
}
