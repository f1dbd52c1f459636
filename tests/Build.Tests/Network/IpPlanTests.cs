using Build.Network;
using Build.Tests.Validation;

namespace Build.Tests.Network;

/// <summary>The seed's address plan for the committed prod snapshots, and what breaks it.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class IpPlanTests
{
    [TestCase("33%", 4, 2)]
    [TestCase("33%", 3, 1)]
    [TestCase("100%", 5, 5)]
    [TestCase("3", 10, 3)]
    [TestCase(null, 5, 1)]
    [TestCase(null, 30, 3)]
    [TestCase("33%", 0, 0)]
    public void Surge_nodes(string? maxSurge, long nodes, long surge) => Assert.That(IpPlanner.Surge(maxSurge, nodes), Is.EqualTo(surge));

    [Test]
    public void The_prod_plan_matches_the_numbers_in_the_cluster_parameters()
    {
        using var prod = new ProdFixture();
        var plan = prod.Input().IpPlan;

        var rows = plan.Subnets.Select(subnet => $"{subnet.VirtualNetwork}/{subnet.Name} {subnet.Prefix} usable {subnet.Usable} now {subnet.RequiredNow} max {subnet.RequiredAtMax}").ToList();

        // cluster.bicepparam: "(4 + 2) + (5 + 2) = 13 nodes, each taking maxPods + 1 = 31 addresses: 403 of the nodes subnet's 1019 usable addresses"
        Assert.That(rows, Is.EqualTo(new[]
        {
            "vnet-hub-eastus2/AzureFirewallSubnet 10.200.0.0/26 usable 59 now 1 max 1",
            "vnet-hub-eastus2/GatewaySubnet 10.200.0.64/27 usable 27 now 0 max 0",
            "vnet-hub-eastus2/AzureBastionSubnet 10.200.0.128/26 usable 59 now 0 max 0",
            "vnet-spoke-eastus2/snet-cluster-nodes 10.240.0.0/22 usable 1019 now 217 max 403",
            "vnet-spoke-eastus2/snet-cluster-ingress 10.240.4.0/28 usable 11 now 1 max 1",
            "vnet-spoke-eastus2/snet-private-endpoints 10.240.4.32/28 usable 11 now 4 max 4",
            "vnet-spoke-eastus2/snet-app-gateway 10.240.5.0/24 usable 251 now 0 max 10",
        }));
        Assert.That(plan.Overlaps, Is.Empty);
        Assert.That(plan.Ranges.Select(range => $"{range.Kind} {range.Range}"), Is.EqualTo(new[] { "virtual network 10.200.0.0/24", "virtual network 10.240.0.0/16", "service CIDR 172.16.0.0/16" }));
    }

    [Test]
    public void The_registrys_private_endpoint_takes_an_address_for_the_registry_and_one_per_region_it_replicates_to()
    {
        using var prod = new ProdFixture();
        var endpoints = prod.Input().IpPlan.Subnets.Single(subnet => subnet.Name == "snet-private-endpoints").Consumers;

        // eastus2 (home) and centralus (cluster.bicepparam's registryReplicaLocation): registry + 2 data endpoints
        Assert.That(endpoints.Select(consumer => consumer.ToString()), Is.EquivalentTo(new[]
        {
            "private endpoint pe-acraksqzs6ldjgjrt6u: 3 addresses (registry)",
            "private endpoint pe-kv-qzs6ldjgjrt6u: 1 address",
        }));
    }

    [Test]
    public void The_seeds_scale_out_question_is_answered_per_subnet()
    {
        using var prod = new ProdFixture();
        var plan = prod.Input().IpPlan;

        var answers = plan.Subnets.ToDictionary(subnet => subnet.Name, subnet => subnet.FitsScaleOut(ScaleHeadroom.Default));

        Assert.Multiple(() =>
        {
            Assert.That(answers["snet-cluster-nodes"], Is.False, "4 x 403 = 1612 > 1019");
            Assert.That(answers["snet-cluster-ingress"], Is.Null, "nothing there scales out");
            Assert.That(plan.Subnets.Single(subnet => subnet.Name == "snet-cluster-nodes").FitsScaleOut(ScaleHeadroom.Parse("250%")), Is.True, "2.5 x 403 = 1008");
        });
    }

    [Test]
    public void Overlapping_networks_subnets_and_service_ranges_are_found()
    {
        using var prod = new ProdFixture();
        prod.Cluster().Set("properties.networkProfile.serviceCidr", "10.200.0.0/16");
        prod.Subnet(Build.Infrastructure.Stage.Spoke, "snet-cluster-ingress")["addressPrefix"] = "10.240.3.0/28";
        prod.Subnet(Build.Infrastructure.Stage.Spoke, "snet-app-gateway")["addressPrefix"] = "10.241.5.0/24";

        var plan = prod.Input().IpPlan;

        Assert.Multiple(() =>
        {
            Assert.That(plan.Overlaps.Select(overlap => overlap.ToString()), Is.EquivalentTo(new[]
            {
                "service CIDR aks-qzs6ldjgjrt6u 10.200.0.0/16 overlaps virtual network vnet-hub-eastus2 10.200.0.0/24",
                "subnet vnet-spoke-eastus2/snet-cluster-nodes 10.240.0.0/22 overlaps subnet vnet-spoke-eastus2/snet-cluster-ingress 10.240.3.0/28",
            }));
            Assert.That(plan.Outside.Select(subnet => subnet.Name), Is.EqualTo(new[] { "snet-app-gateway" }));
        });
    }

    [Test]
    public void A_prefix_with_host_bits_is_reported_not_parsed()
    {
        using var prod = new ProdFixture();
        prod.Subnet(Build.Infrastructure.Stage.Spoke, "snet-cluster-ingress")["addressPrefix"] = "10.240.4.1/28";

        var plan = prod.Input().IpPlan;

        Assert.That(plan.Invalid.Select(invalid => invalid.Problem), Is.EqualTo(new[] { "properties.subnets['snet-cluster-ingress'].properties.addressPrefix is '10.240.4.1/28', which is not an IPv4 CIDR with the host bits clear" }));
    }

    [Test]
    public void Scale_headroom_is_a_percentage_from_100()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ScaleHeadroom.Parse(null), Is.EqualTo(new ScaleHeadroom(400, Requested: false)));
            Assert.That(ScaleHeadroom.Parse("250%"), Is.EqualTo(new ScaleHeadroom(250, Requested: true)));
            Assert.That(Assert.Throws<ArgumentException>(() => ScaleHeadroom.Parse("50"))!.Message, Does.StartWith("--scale-headroom=50 is not a percentage from 100 to 10000"));
        });
    }
}
