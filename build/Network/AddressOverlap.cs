namespace Build.Network;

/// <summary>Two ranges that share addresses (routing between them would be ambiguous).</summary>
public sealed record AddressOverlap(AddressSpace First, AddressSpace Second)
{
    public override string ToString() => $"{First} overlaps {Second}";
}
