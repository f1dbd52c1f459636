using System.Net;
using Build.Resources;
using Build.Validation;

namespace Build.Network;

/// <summary>A range that must not overlap another: a virtual network's, a peered network's, the cluster's service or pod CIDR, a subnet.</summary>
public sealed record AddressSpace(string Kind, string Owner, IPNetwork Range, Subject Subject)
{
    public override string ToString() => $"{Kind} {Owner} {Range}";
}
