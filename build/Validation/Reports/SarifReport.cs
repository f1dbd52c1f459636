using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Build.Validation.Reports;

/// <summary>
/// The result as SARIF 2.1.0 (written with System.Text.Json; the SARIF SDK is not available here): every rule in
/// <c>tool.driver.rules</c> with its rationale and anchors, and a result per finding with its rule, level, message
/// and location (file and line, and the ARM resource id or Kubernetes object as a logical location). Suppressed
/// findings are kept, marked with the suppression's justification, as SARIF intends.
/// </summary>
public static class SarifReport
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string ToolName = "aks-baseline-conformance";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonObject Create(ValidationResult result)
    {
        var index = result.Rules.Select((rule, position) => (rule.Id, position)).ToDictionary(pair => pair.Id, pair => pair.position, StringComparer.Ordinal);
        var results = new JsonArray();
        foreach (var finding in result.Findings)
        {
            results.Add(Result(finding, index, suppression: null));
        }

        foreach (var suppressed in result.Suppressed)
        {
            results.Add(Result(suppressed.Finding, index, suppressed.Suppression));
        }

        return new JsonObject
        {
            ["$schema"] = SchemaUri,
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(new JsonObject
            {
                ["tool"] = new JsonObject
                {
                    ["driver"] = new JsonObject
                    {
                        ["name"] = ToolName,
                        ["informationUri"] = "https://github.com/mspnp/aks-baseline",
                        ["version"] = typeof(SarifReport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0",
                        ["rules"] = new JsonArray(result.Rules.Select(Rule).ToArray<JsonNode?>()),
                    },
                },
                ["invocations"] = new JsonArray(new JsonObject { ["executionSuccessful"] = true }),
                ["results"] = results,
            }),
        };
    }

    public static void Write(ValidationResult result, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, Create(result).ToJsonString(Indented) + "\n");
    }

    private static JsonObject Rule(RuleDescriptor rule) => new()
    {
        ["id"] = rule.Id,
        ["name"] = string.Concat(rule.Title.Split(' ', '-', ',', ':', '(', ')', '/', '\'').Where(word => word.Length > 0).Select(word => char.ToUpperInvariant(word[0]) + word[1..])),
        ["shortDescription"] = new JsonObject { ["text"] = rule.Title },
        ["fullDescription"] = new JsonObject { ["text"] = rule.Rationale },
        ["help"] = new JsonObject { ["text"] = $"{rule.Rationale} Corresponds to: {string.Join(", ", rule.Anchors)}." },
        ["defaultConfiguration"] = new JsonObject { ["level"] = Level(rule.Severity) },
        ["properties"] = new JsonObject
        {
            ["family"] = rule.Family.Name,
            ["anchors"] = new JsonArray(rule.Anchors.Select(anchor => (JsonNode?)anchor).ToArray()),
            ["tags"] = new JsonArray(rule.Family.Prefix, "aks-baseline"),
        },
    };

    private static JsonObject Result(Finding finding, Dictionary<string, int> index, Suppressions.Suppression? suppression)
    {
        var location = new JsonObject
        {
            ["logicalLocations"] = new JsonArray(new JsonObject
            {
                ["fullyQualifiedName"] = finding.Location.LogicalName,
                ["kind"] = finding.Location.LogicalKind,
            }),
        };
        if (finding.Location.File is { } file)
        {
            var physical = new JsonObject { ["artifactLocation"] = new JsonObject { ["uri"] = file } };
            if (finding.Location.Line is { } line)
            {
                physical["region"] = new JsonObject { ["startLine"] = line };
            }

            location["physicalLocation"] = physical;
        }

        var result = new JsonObject
        {
            ["ruleId"] = finding.Rule.Id,
            ["ruleIndex"] = index.TryGetValue(finding.Rule.Id, out var position) ? position : -1,
            ["level"] = Level(finding.Severity),
            ["message"] = new JsonObject { ["text"] = finding.Message },
            ["locations"] = new JsonArray(location),
        };
        if (suppression is not null)
        {
            result["suppressions"] = new JsonArray(new JsonObject
            {
                ["kind"] = "external",
                ["justification"] = $"{suppression.Reason} (until {suppression.Expires:yyyy-MM-dd}, {Suppressions.SuppressionFile.FileName})",
            });
        }

        return result;
    }

    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };
}
