using System.Xml.Linq;
using Build.Network;
using Build.Tests.Validation;

namespace Build.Tests.Network;

public sealed class NetworkSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Test]
    public void The_picture_is_well_formed_svg_with_every_subnet_its_cidr_and_consumption()
    {
        using var prod = new ProdFixture();
        var plan = prod.Input().IpPlan;

        var svg = XDocument.Parse(NetworkSvg.Render(plan, ScaleHeadroom.Default, "Address plan: prod"));

        var texts = svg.Descendants(Svg + "text").Select(text => text.Value).ToList();
        var cards = svg.Descendants(Svg + "g").Where(group => group.Attribute("class")?.Value == "subnet").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(svg.Root!.Name, Is.EqualTo(Svg + "svg"));
            Assert.That(cards.Select(card => card.Attribute("data-subnet")!.Value), Is.EqualTo(plan.Subnets.Select(subnet => subnet.Name)));
            foreach (var subnet in plan.Subnets)
            {
                Assert.That(texts, Has.Some.StartsWith($"{subnet.Prefix}: {subnet.Size:#,0} addresses, {subnet.Usable:#,0} usable"), subnet.Name);
                Assert.That(texts, Has.Some.EqualTo($"now {subnet.RequiredNow:#,0} · at max {subnet.RequiredAtMax:#,0} · free {subnet.Headroom:#,0}"), subnet.Name);
            }

            Assert.That(texts, Has.Some.StartsWith("vnet-hub-eastus2").And.Some.StartsWith("vnet-spoke-eastus2"));
            Assert.That(texts, Has.Some.EqualTo("peered both ways: vnet-hub-eastus2 ⇄ vnet-spoke-eastus2"));
            Assert.That(texts, Has.Some.Contains("172.16.0.0/16"));
        });
    }

    [Test]
    public void An_overfull_subnet_and_a_one_way_peering_are_drawn_as_alarms()
    {
        using var prod = new ProdFixture();
        prod.Pool("npuser01")["maxCount"] = 50;
        prod.Remove(Build.Infrastructure.Stage.Spoke, prod.Resource(Build.Infrastructure.Stage.Spoke, Build.Resources.Azure.ArmTypes.Peering, "vnet-hub-eastus2/"));

        var svg = XDocument.Parse(NetworkSvg.Render(prod.Input().IpPlan, ScaleHeadroom.Default, "prod"));

        var nodes = svg.Descendants(Svg + "g").Single(group => group.Attribute("data-subnet")?.Value == "snet-cluster-nodes");
        Assert.Multiple(() =>
        {
            Assert.That(nodes.Elements(Svg + "rect").First().Attribute("stroke")!.Value, Is.EqualTo("#dc2626"));
            Assert.That(svg.Descendants(Svg + "text").Select(text => text.Value), Has.Some.EqualTo("peered one way only: vnet-spoke-eastus2 → vnet-hub-eastus2"));
        });
    }
}
