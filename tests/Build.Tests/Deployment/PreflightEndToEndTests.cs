using Build.Tests.Fakes;

namespace Build.Tests.Deployment;

/// <summary>Preflight against the FAKE cloud: it stops, before anything changes, what would fail half-way.</summary>
[Parallelizable(ParallelScope.Self)]
public sealed class PreflightEndToEndTests
{
    [Test]
    public void The_shipped_placeholders_stop_preflight_naming_the_parameter_the_file_and_what_to_set()
    {
        using var cloud = FakeCloud.Start(asShipped: true);

        var run = cloud.Run("--target=Preflight");

        Assert.That(run.ExitCode, Is.EqualTo(1), run.Output);
        var failure = run.Output[run.Output.LastIndexOf("Preflight failed", StringComparison.Ordinal)..];
        Assert.That(failure, Does.Contain("clusterAdminGroupObjectId is still the shipped placeholder '00000000-0000-0000-0000-00000000a008' (bicep/environments/prod/cluster.bicepparam:"));
        Assert.That(failure, Does.Contain("workloadNamespaceReaderGroupObjectId is still the shipped placeholder"));
        Assert.That(failure, Does.Contain("authorizedIPRanges is still the shipped placeholder '203.0.113.0/24'").And.Contain("RFC 5737"));
        Assert.That(failure, Does.Not.Contain("domainName"), "the reference's fictitious domain deploys: a warning in Validate, not a stop");
        Assert.That(cloud.Calls.Where(c => c.IsMutating), Is.Empty);
    }

    [Test]
    public void A_zone_the_region_restricts_for_a_node_size_stops_preflight()
    {
        using var cloud = FakeCloud.Start();
        cloud.Change(state => state["region"] = new System.Text.Json.Nodes.JsonObject
        {
            ["skuZoneRestrictions"] = new System.Text.Json.Nodes.JsonObject { ["Standard_DS4_v2"] = new System.Text.Json.Nodes.JsonArray("3") },
        });

        var run = cloud.Run("--target=Preflight");

        Assert.That(run.ExitCode, Is.EqualTo(1), run.Output);
        Assert.That(run.Output, Does.Contain("offers Standard_DS4_v2 only in zones 1,2, not 3"));
    }
}
