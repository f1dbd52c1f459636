using System.Text.Json.Nodes;
using System.Xml.Linq;
using Build.Infrastructure;
using Build.Kubernetes;
using Build.Network;
using Build.Tests.Infrastructure;
using Build.Tools.Bicep;
using Build.Validation;
using DirectoryPath = Cake.Core.IO.DirectoryPath;

namespace Build.Tests.Validation;

/// <summary>
/// The whole path with the real bicep, once: templates broken the way a careless change would break them, then
/// (1) Validate.Snapshots' check reports the drift under SNAPSHOT001 in its own SARIF and JUnit, and (2) the
/// regenerated snapshot, read as Validate.Rules reads it, yields errors naming each broken setting.
/// </summary>
[NonParallelizable]
public sealed class RealTemplateTests
{
    private DirectoryPath _root = null!;
    private EnvironmentLayout _layout = null!;
    private string _reports = null!;
    private Exception? _drift;
    private ValidationResult _result = null!;

    [OneTimeSetUp]
    public void BreakACopyOfTheTemplates()
    {
        _root = RealBicep.CopyOfBicepTree();
        _layout = new EnvironmentLayout(_root, ProdFixture.Environment);
        foreach (var folder in new[] { KubernetesLayout.HelmFolder, KubernetesLayout.ManifestsFolder })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(ProdFixture.RepositoryRoot, folder), "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(_root.FullPath, Path.GetRelativePath(ProdFixture.RepositoryRoot, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        Edit("bicep/cluster.bicep", "networkPolicy: 'azure'", "networkPolicy: 'cilium'");
        Edit("bicep/cluster.bicep", "disableLocalAccounts: true", "disableLocalAccounts: false");
        Edit("bicep/modules/application-gateway.bicep", "mode: 'Prevention'", "mode: 'Detection'");
        Edit("bicep/modules/application-gateway.bicep", "minProtocolVersion: 'TLSv1_2'", "minProtocolVersion: 'TLSv1_0'");
        Edit("bicep/modules/container-registry.bicep", "adminUserEnabled: false", "adminUserEnabled: true");

        // what Validate.Snapshots does (reporting through SnapshotDriftReport), then accepting the change and validating
        _reports = _root.Combine("artifacts/validation").FullPath;
        var snapshots = new EnvironmentSnapshots(RealBicep.Runner(), _layout);
        _drift = Assert.Catch(() => SnapshotDriftReport.Check(() => snapshots.Validate([Stage.Cluster]), _layout, _reports));
        var overwrite = SnapshotScope.For(Stage.Cluster, EnvironmentSettings.Load(_layout)).Settings(_layout, Stage.Cluster, BicepSnapshotMode.Overwrite);
        Assert.That(RealBicep.Runner().Snapshot(overwrite).Succeeded, Is.True);
        _result = RuleEngine.Default.Evaluate(ValidationInputLoader.Load(_root, ProdFixture.Environment, ScaleHeadroom.Default, ProdFixture.Today, Build.Tests.Kubernetes.RealHelm.Charts()));
    }

    [OneTimeTearDown]
    public void Remove() => Directory.Delete(_root.FullPath, recursive: true);

    [Test]
    public void Validate_snapshots_reports_the_drift_under_its_own_rule_id()
    {
        Assert.That(_drift, Is.TypeOf<SnapshotDriftException>(), "the drift is rethrown, so Validate still fails");

        var results = JsonNode.Parse(File.ReadAllText(Path.Combine(_reports, "snapshots.sarif")))!["runs"]![0]!;
        var messages = results["results"]!.AsArray().Select(result => (string)result!["message"]!["text"]!).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(results["tool"]!["driver"]!["rules"]!.AsArray().Select(rule => (string)rule!["id"]!), Is.EqualTo(new[] { "SNAPSHOT001" }));
            Assert.That(results["results"]!.AsArray().Select(result => (string)result!["ruleId"]!).Distinct(), Is.EqualTo(new[] { "SNAPSHOT001" }));
            Assert.That(messages, Has.Some.Contains("properties.networkProfile.networkPolicy").And.Some.Contains("properties.policySettings.mode").And.Some.Contains("properties.adminUserEnabled"));
            var junit = XDocument.Load(Path.Combine(_reports, "snapshots.junit.xml"));
            Assert.That(junit.Descendants("testcase").Count(), Is.EqualTo(3), "one case per deployment's snapshot");
            Assert.That(junit.Descendants("failure").Count(), Is.EqualTo(1), "the cluster's");
        });
    }

    [Test]
    public void The_regenerated_snapshot_fails_the_rules_naming_each_broken_setting()
    {
        var result = _result;
        var errors = result.Errors.Select(finding => finding.Message).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(errors, Has.Some.Contains("properties.networkProfile.networkPolicy is 'cilium', expected 'azure'"));
            Assert.That(errors, Has.Some.Contains("properties.disableLocalAccounts is false, expected true"));
            Assert.That(errors, Has.Some.Contains("properties.policySettings.mode is 'Detection', expected 'Prevention'"));
            Assert.That(errors, Has.Some.Contains("properties.sslPolicy.minProtocolVersion is 'TLSv1_0'"));
            Assert.That(errors, Has.Some.Contains("properties.adminUserEnabled is true, expected false"));
            Assert.That(result.Errors.Select(finding => finding.Location.File).Distinct(), Is.EqualTo(new[] { "bicep/environments/prod/cluster.snapshot.json" }));
        });
    }

    private void Edit(string file, string find, string replace)
    {
        var path = _root.CombineWithFilePath(file).FullPath;
        var text = File.ReadAllText(path);
        Assert.That(text, Does.Contain(find), $"{file} no longer contains '{find}': update the test.");
        File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));
    }
}
