using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace Build.Network;

/// <summary>
/// The IPv4 arithmetic <see cref="IPNetwork"/> lacks: sizes, ranges, overlap, and the five addresses Azure keeps
/// in every subnet (the network address, the next three, and the last).
/// </summary>
public static class Cidr
{
    public const int AzureReserved = 5;

    /// <summary>
    /// An IPv4 prefix with no host bits set: "10.240.0.1/22" is refused, as Azure refuses it (IPNetwork itself
    /// accepts it and drops the host bits).
    /// </summary>
    public static bool TryParse(string? text, out IPNetwork network)
    {
        network = default;
        if (text is null || text.IndexOf('/', StringComparison.Ordinal) <= 0 || !IPNetwork.TryParse(text, out network) || network.BaseAddress.AddressFamily != AddressFamily.InterNetwork
            || !IPAddress.TryParse(text.AsSpan(0, text.IndexOf('/', StringComparison.Ordinal)), out var written))
        {
            return false;
        }

        return ToNumber(written) == First(network);
    }

    public static long Size(IPNetwork network) => 1L << (32 - network.PrefixLength);

    public static uint First(IPNetwork network) => ToNumber(network.BaseAddress);

    public static uint Last(IPNetwork network) => (uint)(First(network) + Size(network) - 1);

    public static bool Overlap(IPNetwork first, IPNetwork second) => First(first) <= Last(second) && First(second) <= Last(first);

    public static bool Within(IPNetwork inner, IPNetwork outer) => First(inner) >= First(outer) && Last(inner) <= Last(outer);

    /// <summary>Whether Azure keeps <paramref name="address"/> for itself in <paramref name="subnet"/>.</summary>
    public static bool IsAzureReserved(IPNetwork subnet, IPAddress address)
    {
        var value = ToNumber(address);
        return value - First(subnet) <= 3 || value == Last(subnet);
    }

    /// <summary>The first address Azure hands out in a subnet: the firewall's private IP in AzureFirewallSubnet, for one.</summary>
    public static IPAddress FirstAssignable(IPNetwork subnet) => FromNumber(First(subnet) + 4);

    public static uint ToNumber(IPAddress address) => BinaryPrimitives.ReadUInt32BigEndian(address.MapToIPv4().GetAddressBytes());

    public static IPAddress FromNumber(uint value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, value);
        return new IPAddress(bytes);
    }
}
