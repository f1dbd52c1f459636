using System.Text.Json.Nodes;
using System.Xml.Linq;
using Build.Validation;
using Build.Validation.Reports;

namespace Build.Tests.Validation;

/// <summary>SARIF 2.1.0 and JUnit as the pipeline reads them, from prod with two broken settings and one suppressed one.</summary>
[Parallelizable(ParallelScope.Self)]
public sealed class ReportTests
{
    private ProdFixture _prod = null!;
    private ValidationResult _result = null!;

    [OneTimeSetUp]
    public void Validate()
    {
        _prod = new ProdFixture();
        _prod.Cluster().Set("properties.networkProfile.networkPolicy", "cilium");
        _prod.Edit("manifests/4-workload/aspnetapp.yaml", "replicas: 2", "replicas: 1");
        _prod.Edit("manifests/4-workload/aspnetapp.yaml", "readOnlyRootFilesystem: true", "readOnlyRootFilesystem: false");
        _prod.Suppressions.Add(new("K8S004", "Deployment/a0008/aspnetapp", "the sample image writes under /app", new DateOnly(2026, 6, 30)));
        _result = _prod.Validate();
    }

    [OneTimeTearDown]
    public void Clean() => _prod.Dispose();

    [Test]
    public void Sarif_lists_every_rule_and_each_finding_with_its_rule_level_message_and_location()
    {
        var sarif = SarifReport.Create(_result);
        var run = sarif["runs"]![0]!;
        var rules = run["tool"]!["driver"]!["rules"]!.AsArray();
        var results = run["results"]!.AsArray().Select(result => result!.AsObject()).ToList();

        Assert.Multiple(() =>
        {
            Assert.That((string?)sarif["version"], Is.EqualTo("2.1.0"));
            Assert.That((string?)sarif["$schema"], Is.EqualTo(SarifReport.SchemaUri));
            Assert.That(rules.Select(rule => (string)rule!["id"]!), Is.EqualTo(RuleCatalog.All.Select(rule => rule.Descriptor.Id)));
            Assert.That(rules.All(rule => rule!["fullDescription"]!["text"] is not null && rule["defaultConfiguration"]!["level"] is not null && rule["properties"]!["anchors"]!.AsArray().Count > 0));

            var policy = results.Single(result => (string)result["ruleId"]! == "AKS001");
            Assert.That((string?)policy["level"], Is.EqualTo("error"));
            Assert.That((string?)policy["message"]!["text"], Does.Contain("properties.networkProfile.networkPolicy is 'cilium'"));
            Assert.That((string?)policy["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"], Is.EqualTo("bicep/environments/prod/cluster.snapshot.json"));
            Assert.That((int?)policy["locations"]![0]!["physicalLocation"]!["region"]!["startLine"], Is.GreaterThan(1));
            Assert.That((string?)policy["locations"]![0]!["logicalLocations"]![0]!["fullyQualifiedName"], Does.EndWith("/providers/Microsoft.ContainerService/managedClusters/aks-qzs6ldjgjrt6u"));
            Assert.That((int?)policy["ruleIndex"], Is.EqualTo(rules.Select(rule => (string)rule!["id"]!).ToList().IndexOf("AKS001")));

            var replicas = results.Single(result => (string)result["ruleId"]! == "K8S007");
            Assert.That((string?)replicas["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"], Is.EqualTo("manifests/4-workload/aspnetapp.yaml"));
            Assert.That((string?)replicas["locations"]![0]!["logicalLocations"]![0]!["fullyQualifiedName"], Is.EqualTo("Deployment/a0008/aspnetapp"));

            var suppressed = results.Single(result => (string)result["ruleId"]! == "K8S004");
            Assert.That((string?)suppressed["suppressions"]![0]!["justification"], Does.Contain("the sample image writes under /app"));
        });
    }

    [Test]
    public void Sarif_written_to_disk_parses_back()
    {
        var path = Path.Combine(_prod.Root, "artifacts", "validation", "results.sarif");
        SarifReport.Write(_result, path);

        Assert.That(JsonNode.Parse(File.ReadAllText(path))!["runs"]![0]!["results"]!.AsArray(), Has.Count.EqualTo(_result.Findings.Count + _result.Suppressed.Count));
    }

    [Test]
    public void JUnit_has_a_case_per_rule_and_subject_failing_for_errors_and_skipped_for_suppressions()
    {
        var junit = JUnitReport.Create(_result, "Conformance");
        var cases = junit.Descendants("testcase").ToList();

        Assert.Multiple(() =>
        {
            Assert.That(cases, Has.Count.EqualTo(_result.Checks.Count + RuleCatalog.All.Count(rule => _result.Checks.All(check => check.Rule.Id != rule.Descriptor.Id))));
            Assert.That(cases.Where(item => item.Element("failure") is not null).Select(Name), Is.EquivalentTo(new[]
            {
                "AKS001 Azure CNI with Azure network policy: managedClusters/aks-qzs6ldjgjrt6u",
                "K8S007 Two replicas or more: Deployment/a0008/aspnetapp",
            }));
            Assert.That(cases.Single(item => Name(item) == "K8S004 Read-only root filesystem: Deployment/a0008/aspnetapp").Element("skipped")?.Attribute("message")?.Value, Does.StartWith("suppressed: the sample image"));
            Assert.That(cases.Single(item => Name(item).StartsWith("IP002", StringComparison.Ordinal) && Name(item).EndsWith("snet-cluster-nodes", StringComparison.Ordinal)).Element("system-out")?.Value, Does.StartWith("note:"));
            Assert.That(junit.Root!.Attribute("failures")!.Value, Is.EqualTo("2"));
            Assert.That(junit.Root.Elements("testsuite").Select(suite => suite.Attribute("name")!.Value), Has.Member("Conformance.K8S Kubernetes objects"));
        });
    }

    [Test]
    public void JUnit_written_to_disk_is_well_formed_xml_without_a_byte_order_mark()
    {
        var path = Path.Combine(_prod.Root, "artifacts", "validation", "junit.xml");
        JUnitReport.Write(_result, "Conformance", path);

        Assert.That(File.ReadAllBytes(path)[0], Is.EqualTo((byte)'<'));
        Assert.That(XDocument.Load(path).Root!.Name.LocalName, Is.EqualTo("testsuites"));
    }

    private static string Name(XElement testCase) => $"{testCase.Attribute("classname")!.Value}: {testCase.Attribute("name")!.Value}";
}
