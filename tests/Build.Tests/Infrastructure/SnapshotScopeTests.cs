using Build.Infrastructure;
using Build.Tests.Fakes;
using Build.Tools.Bicep;
using Cake.Core;
using Cake.Core.IO;

namespace Build.Tests.Infrastructure;

/// <summary>The arguments every snapshot run gets, recorded instead of run.</summary>
public sealed class SnapshotScopeTests
{
    private const string Zero = "00000000-0000-0000-0000-000000000000";

    [Test]
    public void Validate_checks_the_three_deployments_in_their_own_resource_groups_with_fixed_ids()
    {
        using var tools = new FakeToolLocator();
        var processes = new RecordingProcessRunner();

        Snapshots(RealBicep.RepositoryRoot, processes, tools).Validate();

        var settings = EnvironmentSettings.Load(new EnvironmentLayout(RealBicep.RepositoryRoot, "prod"));
        Assert.That(processes.Started.Select(p => p.Arguments).Order(), Is.EqualTo(Stage.All.Select(stage =>
            $"snapshot \"{RealBicep.RepositoryRoot.FullPath}/bicep/environments/prod/{stage.Name}.bicepparam\" --mode validate "
            + $"--subscription-id \"{Zero}\" --resource-group \"{settings.ResourceGroup(stage)}\" --location \"{settings.Location}\" "
            + $"--deployment-name \"{stage.Name}\" --tenant-id \"{Zero}\"").Order()));
    }

    [Test]
    public void Update_rewrites_hub_then_spoke_then_cluster_because_each_reads_the_ones_before()
    {
        using var tools = new FakeToolLocator();
        var processes = new RecordingProcessRunner();
        var copy = RealBicep.CopyOfBicepTree();
        try
        {
            var written = Snapshots(copy, processes, tools).Update();

            Assert.That(processes.Started.Select(p => p.Arguments.Split('"')[1].Split('/').Last()), Is.EqualTo(new[] { "hub.bicepparam", "spoke.bicepparam", "cluster.bicepparam" }));
            Assert.That(processes.Started.Select(p => p.Arguments), Has.All.Contains("--mode overwrite"));
            Assert.That(written.Select(w => w.GetFilename()!.FullPath), Is.EqualTo(new[] { "hub.snapshot.json", "spoke.snapshot.json", "cluster.snapshot.json" }));
        }
        finally
        {
            Directory.Delete(copy.FullPath, recursive: true);
        }
    }

    [Test]
    public void A_failing_snapshot_run_names_the_parameters_file_and_bicep_errors()
    {
        using var tools = new FakeToolLocator();
        var root = RealBicep.RepositoryRoot.FullPath;
        var processes = new RecordingProcessRunner().Answer(
            "spoke.bicepparam",
            exitCode: 1,
            standardError: $"{root}/bicep/spoke.bicep(12,3) : Error BCP037: The property \"x\" is not allowed. [https://aka.ms/bicep/core-diagnostics#BCP037]\nFailed to generate snapshot");

        var failure = Assert.Throws<InvalidOperationException>(() => Snapshots(RealBicep.RepositoryRoot, processes, tools).Validate())!;

        Assert.That(failure.Message, Is.EqualTo("bicep snapshot failed for bicep/environments/prod/spoke.bicepparam: bicep/spoke.bicep:12:3: error BCP037: The property \"x\" is not allowed."));
    }

    [Test]
    public void Drift_reported_by_bicep_becomes_a_drift_failure()
    {
        using var tools = new FakeToolLocator();
        var processes = new RecordingProcessRunner().Answer(
            "hub.bicepparam",
            exitCode: 1,
            standardOutput: "\nScope: /subscriptions/0/resourceGroups/rg\n\n  ~ Microsoft.Network/azureFirewalls/afw\n    ~ properties.sku.tier: \"Standard\" => \"Premium\"\n",
            standardError: "Snapshot validation failed. Expected no changes, but found the following:");

        var drift = Assert.Throws<SnapshotDriftException>(() => Snapshots(RealBicep.RepositoryRoot, processes, tools).Validate())!;

        Assert.That(drift.Drifts.Single().Stage, Is.EqualTo(Stage.Hub));
        Assert.That(drift.Message, Does.Contain("hub: Microsoft.Network/azureFirewalls/afw changed (properties.sku.tier)"));
    }

    private static EnvironmentSnapshots Snapshots(DirectoryPath root, RecordingProcessRunner processes, FakeToolLocator tools)
    {
        var environment = new CakeEnvironment(new CakePlatform(), new CakeRuntime());
        return new EnvironmentSnapshots(new BicepRunner(new FileSystem(), environment, processes, tools), new EnvironmentLayout(root, "prod"));
    }
}
