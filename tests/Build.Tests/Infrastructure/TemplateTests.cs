using System.Text.Json.Nodes;
using Build.Caching;
using Build.Infrastructure;
using Cake.Core.IO;

namespace Build.Tests.Infrastructure;

/// <summary>The real templates through the real bicep: one lint and one build, shared by the tests.</summary>
[TestFixture]
[NonParallelizable]
public sealed class TemplateTests
{
    private DirectoryPath _artifacts = null!;
    private LintReport _lint = null!;
    private CompiledTemplates _compiled = null!;

    [OneTimeSetUp]
    public void LintAndBuild()
    {
        _artifacts = new DirectoryPath(Directory.CreateTempSubdirectory("bicep-artifacts-").FullName);
        using var bicep = RealBicep.Workspace();
        var cache = new BicepEntryCache(_artifacts.FullPath, RealBicep.RepositoryRoot.FullPath, "prod", bicepPath: null, enabled: false, "Lint.Bicep");
        var root = RealBicep.RepositoryRoot;
        _lint = new TemplateLinter(bicep, cache).Lint(BicepEntries.Sort(TemplateLinter.Entries(root), cache), root).GetAwaiter().GetResult();
        _lint.WriteSarif(_artifacts.CombineWithFilePath("lint/bicep.sarif").FullPath);
        _compiled = new TemplateCompiler(bicep, cache).Build(TemplateCompiler.Sort(root, _artifacts.Combine("bicep"), cache), root, _artifacts.Combine("bicep")).GetAwaiter().GetResult();
        Assert.That(bicep.Compiled, Has.Count.EqualTo(TemplateLinter.Entries(root).Count), "the build reuses the lint's compilations");
    }

    [OneTimeTearDown]
    public void RemoveArtifacts() => Directory.Delete(_artifacts.FullPath, recursive: true);

    [Test]
    public void Every_template_module_and_parameter_file_lints_without_errors_or_warnings() =>
        Assert.That(_lint.Diagnostics.Select(d => d.ToString()), Is.Empty);

    [Test]
    public void Lint_writes_one_SARIF_2_1_0_log()
    {
        var sarif = JsonNode.Parse(File.ReadAllText(_artifacts.CombineWithFilePath("lint/bicep.sarif").FullPath))!;

        Assert.That((string?)sarif["version"], Is.EqualTo("2.1.0"));
        Assert.That(sarif["runs"]!.AsArray(), Has.Count.EqualTo(1));
    }

    [Test]
    public void Every_deployment_compiles_without_warnings()
    {
        Assert.That(_compiled.Diagnostics.Select(d => d.ToString()), Is.Empty);
        Assert.That(_compiled.Templates.Select(t => t.GetFilename().FullPath), Is.EquivalentTo(new[] { "hub.json", "spoke.json", "cluster.json" }));
    }

    [Test]
    public void Each_contract_output_is_declared_by_exactly_one_template()
    {
        var declared = _compiled.Templates
            .SelectMany(t => (JsonNode.Parse(File.ReadAllText(t.FullPath))!["outputs"] as JsonObject ?? []).Select(o => (Output: o.Key, Template: t.GetFilename().FullPath)))
            .ToLookup(o => o.Output, o => o.Template, StringComparer.Ordinal);

        Assert.Multiple(() =>
        {
            foreach (var name in OutputContract.Names)
            {
                Assert.That(declared[name].ToList(), Has.Count.EqualTo(1), $"output {name}");
            }
        });
    }

    [Test]
    public void No_output_is_marked_secure()
    {
        var secure = _compiled.Templates
            .SelectMany(t => (JsonNode.Parse(File.ReadAllText(t.FullPath))!["outputs"] as JsonObject ?? []).Select(o => (o.Key, Type: (string?)o.Value?["type"])))
            .Where(o => o.Type is "securestring" or "secureObject")
            .Select(o => o.Key);

        Assert.That(secure, Is.Empty);
    }
}
