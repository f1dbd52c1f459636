using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Build.Infrastructure;

/// <summary>
/// What <c>bicep lint --diagnostics-format sarif</c> found. With <c>--pattern</c> bicep writes one SARIF
/// log per file, one after the other; this reads them all and merges their results into a single
/// SARIF 2.1.0 log (one run) for the pipeline's scans tab.
/// </summary>
public sealed record LintReport(IReadOnlyList<BicepDiagnostic> Diagnostics, JsonObject Sarif)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public IEnumerable<BicepDiagnostic> Errors => Diagnostics.Where(d => d.Level == BicepDiagnosticLevel.Error);

    public IEnumerable<BicepDiagnostic> Warnings => Diagnostics.Where(d => d.Level == BicepDiagnosticLevel.Warning);

    /// <param name="output">bicep's standard output: zero or more SARIF logs back to back.</param>
    /// <param name="root">The repository root, to show paths relative to it.</param>
    public static LintReport Parse(string output, string root)
    {
        var results = new JsonArray();
        var diagnostics = new List<BicepDiagnostic>();
        foreach (var log in ReadLogs(output))
        {
            foreach (var result in (log["runs"] as JsonArray ?? []).OfType<JsonObject>().SelectMany(run => run["results"] as JsonArray ?? []).OfType<JsonObject>())
            {
                diagnostics.Add(Diagnostic(result, root));
                results.Add(result.DeepClone());
            }
        }

        var sarif = new JsonObject
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(new JsonObject
            {
                ["tool"] = new JsonObject { ["driver"] = new JsonObject { ["name"] = "bicep", ["informationUri"] = "https://aka.ms/bicep/linter" } },
                ["results"] = results,
                ["columnKind"] = "utf16CodeUnits",
            }),
        };
        return new LintReport(diagnostics, sarif);
    }

    public void WriteSarif(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Sarif.ToJsonString(Indented) + "\n");
    }

    private static IEnumerable<JsonObject> ReadLogs(string output)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(output);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowMultipleValues = true });
        var logs = new List<JsonObject>();
        try
        {
            while (reader.Read())
            {
                logs.Add(JsonNode.Parse(ref reader) as JsonObject ?? throw new JsonException("a SARIF log is not a JSON object"));
            }
        }
        catch (JsonException exception)
        {
            throw new InvalidOperationException($"bicep lint did not write SARIF ({exception.Message}).", exception);
        }

        return logs;
    }

    private static BicepDiagnostic Diagnostic(JsonObject result, string root)
    {
        var location = (result["locations"] as JsonArray)?.OfType<JsonObject>().FirstOrDefault()?["physicalLocation"];
        var uri = location?["artifactLocation"]?["uri"]?.GetValue<string>() ?? string.Empty;
        var region = location?["region"];

        // bicep puts the column in charOffset (1-based), as its plain-text output does
        return new BicepDiagnostic(
            Level(result["level"]?.GetValue<string>()),
            result["ruleId"]?.GetValue<string>() ?? "unknown",
            TrimHelpLink(result["message"]?["text"]?.GetValue<string>() ?? string.Empty),
            RelativePath(uri, root),
            region?["startLine"]?.GetValue<int>() ?? 0,
            region?["charOffset"]?.GetValue<int>() ?? region?["startColumn"]?.GetValue<int>() ?? 0);
    }

    private static BicepDiagnosticLevel Level(string? level) => level switch
    {
        "error" => BicepDiagnosticLevel.Error,
        "note" or "none" => BicepDiagnosticLevel.Note,
        _ => BicepDiagnosticLevel.Warning,
    };

    private static string RelativePath(string uri, string root)
    {
        var path = Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile ? parsed.LocalPath : uri;
        var relative = Path.GetRelativePath(root, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative.Replace('\\', '/');
    }

    // "... [https://aka.ms/bicep/linter-diagnostics#rule]" — the rule id already says which rule
    private static string TrimHelpLink(string message)
    {
        var link = message.LastIndexOf(" [https://", StringComparison.Ordinal);
        return link > 0 && message.EndsWith(']') ? message[..link] : message;
    }
}
