using System.Text.Json.Nodes;
using Build.Infrastructure;
using Build.Kubernetes;
using Build.Network;
using Build.Tests.Infrastructure;
using Build.Tools.Bicep;
using Build.Validation;
using Build.Validation.Reports;
using DirectoryPath = Cake.Core.IO.DirectoryPath;

namespace Build.Tests.Validation;

/// <summary>
/// The whole path with the real bicep, once: templates (and the environment's cluster-policy.json) broken the way a
/// careless change would break them. Before the change is accepted, the rules judge what the templates predict now and
/// fail with their findings next to the drift, in one report; after it is accepted into the snapshots, the same
/// findings remain.
/// </summary>
[NonParallelizable]
public sealed class RealTemplateTests
{
    private const string Cluster = "bicep/environments/prod/cluster.snapshot.json";

    private DirectoryPath _root = null!;
    private Prediction _prediction = null!;
    private ValidationResult _before = null!;
    private ValidationResult _accepted = null!;
    private JsonNode _sarif = null!;

    [OneTimeSetUp]
    public void BreakACopyOfTheTemplates()
    {
        _root = RealBicep.CopyOfBicepTree();
        var layout = new EnvironmentLayout(_root, ProdFixture.Environment);
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
        Edit("bicep/environments/prod/cluster-policy.json", "\"cpu\": \"1\"", "\"cpu\": \"150m\"");

        // what Validate.Snapshots and Validate.Rules do, before the change is accepted
        var snapshots = new EnvironmentSnapshots(RealBicep.Workspace(), layout);
        _prediction = snapshots.Predict(PredictionFiles.Directory(_root.FullPath, ProdFixture.Environment)).GetAwaiter().GetResult();
        _before = RuleEngine.Default.Evaluate(ValidationInputLoader.Load(_root, ProdFixture.Environment, ScaleHeadroom.Default, ProdFixture.Today, Kubernetes.RealHelm.Charts(), _prediction));
        var reports = _root.Combine("artifacts/validation").FullPath;
        _sarif = JsonNode.Parse(File.ReadAllText(ValidationReports.Write(_before, reports, ValidationReports.Results).Sarif))!["runs"]![0]!;

        // then accepting it into the snapshots, as its author would
        File.WriteAllText(layout.Snapshot(Stage.Cluster).FullPath, snapshots.Predict(Stage.Cluster).GetAwaiter().GetResult().Fresh);
        var accepted = snapshots.Predict(_root.Combine("artifacts/accepted").FullPath).GetAwaiter().GetResult();
        Assert.That(accepted.Drifts, Is.Empty);
        _accepted = RuleEngine.Default.Evaluate(ValidationInputLoader.Load(_root, ProdFixture.Environment, ScaleHeadroom.Default, ProdFixture.Today, Kubernetes.RealHelm.Charts(), accepted));
    }

    [OneTimeTearDown]
    public void Remove() => Directory.Delete(_root.FullPath, recursive: true);

    [Test]
    public void The_prediction_of_the_drifted_deployment_is_bicep_s_fresh_one()
    {
        var cluster = _prediction.Snapshots.Single(snapshot => snapshot.Stage == Stage.Cluster);

        Assert.That(_prediction.Drifts.Select(drift => drift.Stage), Is.EqualTo(new[] { Stage.Cluster }));
        Assert.That(cluster.IsFresh);
        Assert.That(cluster.File, Is.EqualTo("artifacts/predicted/prod/bicep/environments/prod/cluster.snapshot.json"));
        Assert.That(File.ReadAllText(Path.Combine(_root.FullPath, cluster.File)), Does.Contain("\"networkPolicy\": \"cilium\""));
        Assert.That(_prediction.Snapshots.Where(snapshot => snapshot.Stage != Stage.Cluster).Select(snapshot => snapshot.IsFresh), Is.All.False);
    }

    [Test]
    public void Before_the_change_is_accepted_the_rules_fail_with_their_findings_next_to_the_drift()
    {
        var errors = _before.Errors.ToList();

        Assert.Multiple(() =>
        {
            AssertBrokenSettings(errors.Where(finding => finding.Rule.Id != "SNAPSHOT001").ToList(), "artifacts/predicted/prod/bicep/environments/prod/cluster.snapshot.json");
            Assert.That(errors.Where(finding => finding.Rule.Id == "SNAPSHOT001").Select(finding => finding.Message), Has.Some.Contains("properties.networkProfile.networkPolicy").And.Some.Contains("properties.adminUserEnabled"));
            Assert.That(errors.Where(finding => finding.Rule.Id == "SNAPSHOT001").Select(finding => finding.Location.File).Distinct(), Is.EqualTo(new[] { Cluster }));
        });
    }

    [Test]
    public void The_drift_and_the_rules_findings_are_in_one_SARIF()
    {
        var ids = _sarif["results"]!.AsArray().Select(result => (string)result!["ruleId"]!).Distinct().ToList();

        Assert.That(ids, Does.Contain("SNAPSHOT001").And.Contain("AKS001").And.Contain("AKS003").And.Contain("EDGE002").And.Contain("EDGE004").And.Contain("SEC007"));
    }

    [Test]
    public void Accepted_into_the_snapshots_the_change_still_fails_the_rules_naming_each_broken_setting()
    {
        var errors = _accepted.Errors.ToList();

        Assert.That(errors.Select(finding => finding.Rule.Id), Does.Not.Contain("SNAPSHOT001"));
        AssertBrokenSettings(errors, Cluster);
    }

    [Test]
    public void A_changed_cluster_policy_json_changes_what_the_rules_judge_and_reaches_the_assignment_through_the_prediction()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_before.Errors.Where(finding => finding.Rule.Id == "K8S001").Select(finding => finding.Message), Has.Some.Contains("spec.template.spec.containers[aspnetapp].resources.limits.cpu is 200m, above the container maximum 150m"));
            Assert.That(_before.Errors.Where(finding => finding.Rule.Id == "SNAPSHOT001").Select(finding => finding.Message), Has.Some.Contains("properties.parameters.cpuLimit"));
            Assert.That(_before.Findings.Where(finding => finding.Rule.Id == "GOV014"), Is.Empty, "the fresh prediction's container-limits assignment carries the file's 150m");
            Assert.That(_accepted.Errors.Where(finding => finding.Rule.Id == "K8S001").Select(finding => finding.Message), Has.Some.Contains("above the container maximum 150m"));
        });
    }

    private static void AssertBrokenSettings(IReadOnlyList<Finding> errors, string file)
    {
        var messages = errors.Select(finding => finding.Message).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(messages, Has.Some.Contains("properties.networkProfile.networkPolicy is 'cilium', expected 'azure'"));
            Assert.That(messages, Has.Some.Contains("properties.disableLocalAccounts is false, expected true"));
            Assert.That(messages, Has.Some.Contains("properties.policySettings.mode is 'Detection', expected 'Prevention'"));
            Assert.That(messages, Has.Some.Contains("properties.sslPolicy.minProtocolVersion is 'TLSv1_0'"));
            Assert.That(messages, Has.Some.Contains("properties.adminUserEnabled is true, expected false"));
            Assert.That(errors.Where(finding => finding.Message.Contains("'cilium'", StringComparison.Ordinal) || finding.Message.Contains("adminUserEnabled", StringComparison.Ordinal)).Select(finding => finding.Location.File).Distinct(), Is.EqualTo(new[] { file }));
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
