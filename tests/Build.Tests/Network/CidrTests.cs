using System.Net;
using Build.Network;

namespace Build.Tests.Network;

public sealed class CidrTests
{
    [TestCase("10.240.0.0/22", 1024)]
    [TestCase("10.240.4.0/28", 16)]
    [TestCase("10.0.0.0/8", 16_777_216)]
    [TestCase("0.0.0.0/0", 4_294_967_296)]
    public void Sizes(string prefix, long size) => Assert.That(Cidr.Size(IPNetwork.Parse(prefix)), Is.EqualTo(size));

    [TestCase("10.240.0.1/22")]
    [TestCase("10.240.0.0/33")]
    [TestCase("fd00::/64")]
    [TestCase("ten.0.0.0/8")]
    [TestCase("10.0.0.0")]
    public void Refuses_what_Azure_refuses(string prefix) => Assert.That(Cidr.TryParse(prefix, out _), Is.False);

    [TestCase("10.240.4.0", true)]
    [TestCase("10.240.4.3", true)]
    [TestCase("10.240.4.4", false)]
    [TestCase("10.240.4.14", false)]
    [TestCase("10.240.4.15", true)]
    public void Azure_keeps_the_first_four_and_the_last_address(string address, bool reserved) =>
        Assert.That(Cidr.IsAzureReserved(IPNetwork.Parse("10.240.4.0/28"), IPAddress.Parse(address)), Is.EqualTo(reserved));

    [Test]
    public void The_first_assignable_address_is_the_fifth() =>
        Assert.That(Cidr.FirstAssignable(IPNetwork.Parse("10.200.0.0/26")), Is.EqualTo(IPAddress.Parse("10.200.0.4")));

    [TestCase("10.240.0.0/16", "10.240.4.0/28", true, true)]
    [TestCase("10.240.0.0/22", "10.240.4.0/28", false, false)]
    [TestCase("10.240.0.0/22", "10.240.3.0/24", true, true)]
    [TestCase("10.200.0.0/24", "10.240.0.0/16", false, false)]
    public void Overlap_and_containment(string outer, string inner, bool overlap, bool within)
    {
        var (first, second) = (IPNetwork.Parse(outer), IPNetwork.Parse(inner));

        Assert.That((Cidr.Overlap(first, second), Cidr.Overlap(second, first), Cidr.Within(second, first)), Is.EqualTo((overlap, overlap, within)));
    }
}
