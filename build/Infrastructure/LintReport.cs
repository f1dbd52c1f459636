using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Build.Tools.Bicep;

namespace Build.Infrastructure;

/// <summary>
/// What the bicep compiler and its linter found across the templates, modules and parameter files, as one
/// SARIF 2.1.0 log (one run) for the pipeline's scans tab.
/// </summary>
public sealed record LintReport(IReadOnlyList<BicepDiagnostic> Diagnostics, JsonObject Sarif)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public IEnumerable<BicepDiagnostic> Errors => Diagnostics.Where(d => d.Level == BicepDiagnosticLevel.Error);

    public IEnumerable<BicepDiagnostic> Warnings => Diagnostics.Where(d => d.Level == BicepDiagnosticLevel.Warning);

    /// <param name="diagnostics">The compiler's answers; a module's findings come with every template that uses it, and count once.</param>
    /// <param name="root">The repository root, to show paths relative to it.</param>
    public static LintReport From(IEnumerable<BicepRpcDiagnostic> diagnostics, string root)
    {
        var distinct = diagnostics
            .Distinct()
            .OrderBy(d => d.Source, StringComparer.Ordinal)
            .ThenBy(d => d.Range.Start.Line)
            .ThenBy(d => d.Range.Start.Char)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToList();
        var sarif = new JsonObject
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(new JsonObject
            {
                ["tool"] = new JsonObject { ["driver"] = new JsonObject { ["name"] = "bicep", ["informationUri"] = "https://aka.ms/bicep/linter" } },
                ["results"] = new JsonArray([.. distinct.Select(Result)]),
                ["columnKind"] = "utf16CodeUnits",
            }),
        };
        return new LintReport(distinct.Select(d => BicepDiagnostic.From(d, root)).ToList(), sarif);
    }

    public void WriteSarif(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Sarif.ToJsonString(Indented) + "\n");
    }

    // SARIF lines and columns are 1-based; the compiler's are 0-based
    private static JsonObject Result(BicepRpcDiagnostic diagnostic) => new()
    {
        ["ruleId"] = diagnostic.Code,
        ["level"] = SarifLevel(diagnostic.Level),
        ["message"] = new JsonObject { ["text"] = diagnostic.Message },
        ["locations"] = new JsonArray(new JsonObject
        {
            ["physicalLocation"] = new JsonObject
            {
                ["artifactLocation"] = new JsonObject { ["uri"] = new Uri(diagnostic.Source).AbsoluteUri },
                ["region"] = new JsonObject
                {
                    ["startLine"] = diagnostic.Range.Start.Line + 1,
                    ["startColumn"] = diagnostic.Range.Start.Char + 1,
                    ["endLine"] = diagnostic.Range.End.Line + 1,
                    ["endColumn"] = diagnostic.Range.End.Char + 1,
                },
            },
        }),
    };

    private static string SarifLevel(string level) => BicepDiagnostic.LevelOf(level) switch
    {
        BicepDiagnosticLevel.Error => "error",
        BicepDiagnosticLevel.Warning => "warning",
        _ => "note",
    };
}
