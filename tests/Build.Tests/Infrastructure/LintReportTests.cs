using System.Text.Json.Nodes;
using Build.Infrastructure;
using Build.Tools.Bicep;

namespace Build.Tests.Infrastructure;

public sealed class LintReportTests
{
    private const string Root = "/work/repo";

    // What bicep 0.49.2's bicep/compile answers (zero-based positions, level names of Bicep's DiagnosticLevel);
    // a module's finding comes once with the module and again with every template that compiles it.
    private static readonly BicepRpcDiagnostic UnusedParameter = Diagnostic("/work/repo/bicep/hub.bicep", 0, 6, "Warning", "no-unused-params", "Parameter \"x\" is declared but never used.");
    private static readonly BicepRpcDiagnostic Syntax = Diagnostic("/work/repo/bicep/hub.bicep", 2, 17, "Error", "BCP009", "Expected a literal value.");
    private static readonly BicepRpcDiagnostic HardcodedUrl = Diagnostic("/work/repo/bicep/modules/x.bicep", 11, 19, "Error", "no-hardcoded-env-urls", "Environment URLs should not be hardcoded.");
    private static readonly BicepRpcDiagnostic Info = Diagnostic("/work/repo/bicep/spoke.bicep", 4, 0, "Info", "use-recent-api-versions", "Use a more recent API version.");

    [Test]
    public void A_module_finding_reported_by_several_compilations_counts_once()
    {
        var report = LintReport.From([HardcodedUrl, UnusedParameter, HardcodedUrl, Syntax, HardcodedUrl], Root);

        Assert.That(report.Diagnostics.Select(d => d.ToString()), Is.EqualTo(new[]
        {
            "bicep/hub.bicep:1:7: warning no-unused-params: Parameter \"x\" is declared but never used.",
            "bicep/hub.bicep:3:18: error BCP009: Expected a literal value.",
            "bicep/modules/x.bicep:12:20: error no-hardcoded-env-urls: Environment URLs should not be hardcoded.",
        }));
    }

    [Test]
    public void Errors_warnings_and_notes_keep_their_levels()
    {
        var report = LintReport.From([UnusedParameter, Syntax, Info], Root);

        Assert.That(report.Errors.Select(d => d.RuleId), Is.EqualTo(new[] { "BCP009" }));
        Assert.That(report.Warnings.Select(d => d.RuleId), Is.EqualTo(new[] { "no-unused-params" }));
        Assert.That(Results(report).Select(r => (string?)r!["level"]), Is.EqualTo(new[] { "warning", "error", "note" }));
    }

    [Test]
    public void One_SARIF_2_1_0_run_with_one_based_regions_and_file_uris()
    {
        var report = LintReport.From([Syntax], Root);

        Assert.That((string?)report.Sarif["version"], Is.EqualTo("2.1.0"));
        Assert.That(report.Sarif["runs"]!.AsArray(), Has.Count.EqualTo(1));
        var location = Results(report).Single()!["locations"]![0]!["physicalLocation"]!;
        Assert.That((string?)location["artifactLocation"]!["uri"], Is.EqualTo("file:///work/repo/bicep/hub.bicep"));
        Assert.That((int?)location["region"]!["startLine"], Is.EqualTo(3));
        Assert.That((int?)location["region"]!["startColumn"], Is.EqualTo(18));
    }

    [Test]
    public void No_findings_means_an_empty_run()
    {
        var report = LintReport.From([], Root);

        Assert.That(report.Diagnostics, Is.Empty);
        Assert.That(Results(report), Is.Empty);
    }

    [Test]
    public void Writes_the_log_where_asked()
    {
        var path = System.IO.Path.Combine(Directory.CreateTempSubdirectory("sarif-").FullName, "lint", "bicep.sarif");
        try
        {
            LintReport.From([UnusedParameter], Root).WriteSarif(path);

            Assert.That(JsonNode.Parse(File.ReadAllText(path))!["runs"]![0]!["results"]!.AsArray(), Has.Count.EqualTo(1));
        }
        finally
        {
            Directory.Delete(System.IO.Path.GetDirectoryName(System.IO.Path.GetDirectoryName(path))!, recursive: true);
        }
    }

    private static JsonArray Results(LintReport report) => report.Sarif["runs"]![0]!["results"]!.AsArray();

    private static BicepRpcDiagnostic Diagnostic(string source, int line, int character, string level, string code, string message) =>
        new(source, new BicepRange(new BicepPosition(line, character), new BicepPosition(line, character + 1)), level, code, message);
}
