using System.Text.Json.Nodes;
using Build.Infrastructure;

namespace Build.Tests.Infrastructure;

public sealed class LintReportTests
{
    private const string Root = "/work/repo";

    // What bicep 0.49.2 prints for `lint --pattern ... --diagnostics-format sarif`: one log per file.
    private const string TwoLogs = """
        {
          "$schema": "https://schemastore.azurewebsites.net/schemas/json/sarif-2.1.0.json",
          "version": "2.1.0",
          "runs": [
            {
              "tool": { "driver": { "name": "bicep" } },
              "results": [
                {
                  "ruleId": "no-unused-params",
                  "message": { "text": "Parameter \"x\" is declared but never used. [https://aka.ms/bicep/linter-diagnostics#no-unused-params]" },
                  "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "file:///work/repo/bicep/hub.bicep" }, "region": { "startLine": 1, "charOffset": 7 } } } ]
                },
                {
                  "ruleId": "BCP009",
                  "level": "error",
                  "message": { "text": "Expected a literal value. [https://aka.ms/bicep/core-diagnostics#BCP009]" },
                  "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "file:///work/repo/bicep/hub.bicep" }, "region": { "startLine": 3, "charOffset": 18 } } } ]
                }
              ],
              "columnKind": "utf16CodeUnits"
            }
          ]
        }{
          "$schema": "https://schemastore.azurewebsites.net/schemas/json/sarif-2.1.0.json",
          "version": "2.1.0",
          "runs": [
            {
              "tool": { "driver": { "name": "bicep" } },
              "results": [
                {
                  "ruleId": "no-hardcoded-env-urls",
                  "level": "error",
                  "message": { "text": "Environment URLs should not be hardcoded. Found this disallowed host: \"management.azure.com\" [https://aka.ms/bicep/linter-diagnostics#no-hardcoded-env-urls]" },
                  "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "file:///work/repo/bicep/modules/x.bicep" }, "region": { "startLine": 12, "charOffset": 20 } } } ]
                }
              ],
              "columnKind": "utf16CodeUnits"
            }
          ]
        }
        """;

    [Test]
    public void Reads_every_log_bicep_prints_back_to_back()
    {
        var report = LintReport.Parse(TwoLogs, Root);

        Assert.That(report.Diagnostics.Select(d => d.ToString()), Is.EqualTo(new[]
        {
            "bicep/hub.bicep:1:7: warning no-unused-params: Parameter \"x\" is declared but never used.",
            "bicep/hub.bicep:3:18: error BCP009: Expected a literal value.",
            "bicep/modules/x.bicep:12:20: error no-hardcoded-env-urls: Environment URLs should not be hardcoded. Found this disallowed host: \"management.azure.com\"",
        }));
    }

    [Test]
    public void A_result_without_a_level_is_a_warning_as_SARIF_says()
    {
        var report = LintReport.Parse(TwoLogs, Root);

        Assert.That(report.Warnings.Select(w => w.RuleId), Is.EqualTo(new[] { "no-unused-params" }));
        Assert.That(report.Errors.Select(e => e.RuleId), Is.EqualTo(new[] { "BCP009", "no-hardcoded-env-urls" }));
    }

    [Test]
    public void Merges_the_results_into_one_SARIF_2_1_0_run()
    {
        var sarif = LintReport.Parse(TwoLogs, Root).Sarif;

        Assert.That((string?)sarif["version"], Is.EqualTo("2.1.0"));
        var run = sarif["runs"]!.AsArray().Single()!;
        Assert.That((string?)run["tool"]!["driver"]!["name"], Is.EqualTo("bicep"));
        Assert.That(run["results"]!.AsArray().Select(r => (string?)r!["ruleId"]), Is.EqualTo(new[] { "no-unused-params", "BCP009", "no-hardcoded-env-urls" }));
    }

    [Test]
    public void No_files_means_an_empty_run()
    {
        var report = LintReport.Parse(string.Empty, Root);

        Assert.That(report.Diagnostics, Is.Empty);
        Assert.That(report.Sarif["runs"]![0]!["results"]!.AsArray(), Is.Empty);
    }

    [Test]
    public void Output_that_is_not_SARIF_fails_with_one_line()
    {
        var failure = Assert.Throws<InvalidOperationException>(() => LintReport.Parse("Error: something broke", Root))!;

        Assert.That(failure.Message, Does.StartWith("bicep lint did not write SARIF"));
    }

    [Test]
    public void Writes_the_merged_log_where_asked()
    {
        var folder = Directory.CreateTempSubdirectory("sarif-").FullName;
        try
        {
            var path = Path.Combine(folder, "lint", "bicep.sarif");
            LintReport.Parse(TwoLogs, Root).WriteSarif(path);

            Assert.That(JsonNode.Parse(File.ReadAllText(path))!["runs"]![0]!["results"]!.AsArray(), Has.Count.EqualTo(3));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
