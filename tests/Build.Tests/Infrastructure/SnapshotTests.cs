using Build.Infrastructure;
using Cake.Core.IO;

namespace Build.Tests.Infrastructure;

/// <summary>The committed snapshots against the real bicep (the long-lived compiler the runs use).</summary>
[TestFixture]
[NonParallelizable]
public sealed class SnapshotTests
{
    private DirectoryPath _copy = null!;

    [OneTimeSetUp]
    public void CopyTheBicepTree() => _copy = RealBicep.CopyOfBicepTree();

    [OneTimeTearDown]
    public void RemoveTheCopy() => Directory.Delete(_copy.FullPath, recursive: true);

    [Test]
    public void The_committed_prod_snapshots_validate() =>
        Assert.DoesNotThrowAsync(() => Snapshots(RealBicep.RepositoryRoot).Validate());

    [Test]
    public async Task Regenerating_the_snapshots_reproduces_the_committed_files_byte_for_byte()
    {
        // also what bicep's validate mode does not check: the outputs the later stages and the build read
        var written = await Snapshots(_copy).Update();

        Assert.Multiple(() =>
        {
            foreach (var file in written)
            {
                var committed = RealBicep.RepositoryRoot.Combine("bicep/environments/prod").CombineWithFilePath(file.GetFilename());
                Assert.That(File.ReadAllText(file.FullPath), Is.EqualTo(File.ReadAllText(committed.FullPath)), $"{file.GetFilename()} is stale: run ./build.sh --target=Snapshots");
            }
        });
    }

    [Test]
    public async Task A_failure_part_way_leaves_every_committed_snapshot_as_it_was()
    {
        var root = RealBicep.CopyOfBicepTree();
        try
        {
            var layout = new EnvironmentLayout(root, "prod");
            var before = Stage.All.ToDictionary(stage => stage, stage => File.ReadAllBytes(layout.Snapshot(stage).FullPath));

            // hub and spoke would snapshot differently (another region); the cluster's parameters no longer compile
            var settings = layout.EnvironmentSettingsFile.FullPath;
            File.WriteAllText(settings, File.ReadAllText(settings).Replace("\"eastus2\"", "\"westus2\"", StringComparison.Ordinal));
            File.AppendAllText(layout.Parameters(Stage.Cluster).FullPath, "\nparam notDeclaredAnywhere = \n");

            var failure = (await Assert.ThrowsAsync<InvalidOperationException>(() => Snapshots(root).Update()))!;

            Assert.That(failure.Message, Does.StartWith("bicep snapshot failed for bicep/environments/prod/cluster.bicepparam"));
            Assert.That(Stage.All.Select(stage => File.ReadAllBytes(layout.Snapshot(stage).FullPath)), Is.EqualTo(Stage.All.Select(stage => before[stage])),
                "hub and spoke were regenerated before the cluster failed, but none was put in place");
            Assert.That(Directory.GetFiles(layout.EnvironmentDirectory.FullPath).Select(System.IO.Path.GetFileName), Is.EquivalentTo(new[]
            {
                "environment.json", "cluster-policy.json", "hub.bicepparam", "spoke.bicepparam", "cluster.bicepparam", "hub.snapshot.json", "spoke.snapshot.json", "cluster.snapshot.json",
            }), "nothing staged is left beside them");
        }
        finally
        {
            Directory.Delete(root.FullPath, recursive: true);
        }
    }

    [Test]
    public async Task Changing_the_network_policy_fails_naming_the_cluster_and_the_property()
    {
        var template = _copy.CombineWithFilePath("bicep/cluster.bicep").FullPath;
        var original = File.ReadAllText(template);
        Assume.That(original, Does.Contain("networkPolicy: 'azure'"));
        File.WriteAllText(template, original.Replace("networkPolicy: 'azure'", "networkPolicy: 'cilium'", StringComparison.Ordinal));
        try
        {
            var cluster = await Snapshots(_copy).Predict(Stage.Cluster);
            var drift = new SnapshotDriftException("prod", [cluster.Drift]);

            var change = drift.Drifts.Single().Changes.Single();
            Assert.Multiple(() =>
            {
                Assert.That(drift.Drifts.Single().Stage, Is.EqualTo(Stage.Cluster));
                Assert.That(change.Kind, Is.EqualTo(ResourceChangeKind.Modified));
                Assert.That(change.Resource, Does.StartWith("Microsoft.ContainerService/managedClusters/aks-"));
                Assert.That(change.Properties, Is.EqualTo(new[] { "properties.networkProfile.networkPolicy" }));
                Assert.That(drift.Message, Does.Contain(change.Resource).And.Contain("./build.sh --target=Snapshots"));
            });
        }
        finally
        {
            File.WriteAllText(template, original);
        }
    }

    [Test]
    public async Task An_unknown_environment_fails_before_running_bicep_and_lists_the_known_ones()
    {
        var failure = (await Assert.ThrowsAsync<Build.Files.InputFileException>(() =>
            new EnvironmentSnapshots(RealBicep.Workspace(), new EnvironmentLayout(RealBicep.RepositoryRoot, "staging")).Validate()))!;

        Assert.That(failure.Message, Is.EqualTo("bicep/environments/staging/environment.json: environment 'staging' has no such file: the environments that have one: prod."));
    }

    private static EnvironmentSnapshots Snapshots(DirectoryPath root) =>
        new(RealBicep.Workspace(), new EnvironmentLayout(root, "prod"));
}
