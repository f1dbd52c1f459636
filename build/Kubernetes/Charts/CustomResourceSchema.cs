using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using YamlDotNet.RepresentationModel;

namespace Build.Kubernetes.Charts;

/// <summary>
/// One version of a CRD's <c>openAPIV3Schema</c> as a JSON Schema, checked the way the API server checks a custom
/// resource under kubectl's strict field validation: a field the schema does not declare is an error (structural
/// schemas prune unknown fields, and strict validation refuses them), so is a value of the wrong type or outside an
/// enum. OpenAPI's <c>nullable</c> and Kubernetes' <c>x-kubernetes-int-or-string</c> and
/// <c>x-kubernetes-preserve-unknown-fields</c> are translated; CEL rules (<c>x-kubernetes-validations</c>) are not
/// evaluated offline.
/// </summary>
public sealed partial class CustomResourceSchema
{
    private readonly JsonSchema _schema;

    public CustomResourceSchema(string group, string version, string kind, JsonNode openApiV3Schema, string origin)
    {
        Group = group;
        Version = version;
        Kind = kind;
        Origin = origin;
        var root = openApiV3Schema.DeepClone().AsObject();
        Translate(root);

        // metadata is ObjectMeta, which the API server checks itself; the CRD declares it as a bare object
        if (root["properties"] is JsonObject properties)
        {
            properties["metadata"] = new JsonObject { ["type"] = "object" };
        }

        var registry = new SchemaRegistry();
        _schema = JsonSchema.Build(JsonDocument.Parse(root.ToJsonString()).RootElement, new BuildOptions { SchemaRegistry = registry }, new Uri($"https://crds.invalid/{group}/{version}/{kind}"));
    }

    public string Group { get; }

    public string Version { get; }

    public string Kind { get; }

    /// <summary>The chart that ships the CRD (<c>traefik 41.3.0</c>).</summary>
    public string Origin { get; }

    /// <summary>The problems of one custom resource document, each at the line of the offending key or value.</summary>
    public IReadOnlyList<KubernetesSourceException> Check(string file, YamlMappingNode document)
    {
        var tree = YamlJson.From(document);
        var results = _schema.Evaluate(JsonDocument.Parse(tree.Json?.ToJsonString() ?? "null").RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }

        return (results.Details ?? [])
            .Where(detail => !detail.IsValid && detail.Errors is { Count: > 0 })
            .SelectMany(detail => detail.Errors!.Select(error => (Pointer: detail.InstanceLocation.ToString(), Keyword: error.Key, Message: error.Value)))
            .Select(error => new KubernetesSourceException(file, tree.LineOf(error.Pointer), $"{Describe(error.Pointer, error.Keyword, error.Message)} (the {Kind} CRD of {Origin})"))
            .DistinctBy(problem => problem.Message)
            .ToList();
    }

    private static string Describe(string pointer, string keyword, string message)
    {
        var path = YamlJson.Path(pointer);
        if (keyword is "false" or "additionalProperties" || message.Contains("false schema", StringComparison.Ordinal))
        {
            return $"{path}: unknown field";
        }

        var subject = path.Length == 0 ? "the object" : path;
        return TypeMismatch().Match(message) is { Success: true } mismatch
            ? $"{subject}: expects {Article(mismatch.Groups["expected"].Value)}, found {Article(mismatch.Groups["actual"].Value)}"
            : $"{subject}: {message.TrimEnd('.')}";
    }

    private static string Article(string type) => type.Contains(',', StringComparison.Ordinal) || type.Contains('[', StringComparison.Ordinal)
        ? $"one of {type.Trim('[', ']')}"
        : $"{(type.Length > 0 && "aeiou".Contains(type[0], StringComparison.Ordinal) ? "an" : "a")} {type}";

    [GeneratedRegex("^Value is \"(?<actual>[^\"]+)\" but should be \"?(?<expected>[^\"]+)\"?$")]
    private static partial Regex TypeMismatch();

    /// <summary>OpenAPI v3 with Kubernetes extensions to JSON Schema, recursively and in place.</summary>
    private static void Translate(JsonNode? node)
    {
        if (node is not JsonObject schema)
        {
            return;
        }

        var preserveUnknown = schema["x-kubernetes-preserve-unknown-fields"] is JsonValue preserve && preserve.GetValue<bool>();
        if (schema["x-kubernetes-int-or-string"] is JsonValue intOrString && intOrString.GetValue<bool>())
        {
            schema.Remove("type");
            if (schema["anyOf"] is null)
            {
                schema["anyOf"] = new JsonArray(new JsonObject { ["type"] = "integer" }, new JsonObject { ["type"] = "string" });
            }
        }

        if (schema["nullable"] is JsonValue nullable && nullable.GetValue<bool>() && schema["type"] is JsonValue type)
        {
            schema["type"] = new JsonArray(type.GetValue<string>(), "null");
        }

        foreach (var key in schema.Select(pair => pair.Key).Where(key => key.StartsWith("x-kubernetes-", StringComparison.Ordinal) || key == "nullable").ToList())
        {
            schema.Remove(key);
        }

        if (schema["properties"] is JsonObject properties)
        {
            foreach (var (_, property) in properties)
            {
                Translate(property);
            }

            if (!preserveUnknown && schema["additionalProperties"] is null)
            {
                schema["additionalProperties"] = false;
            }
        }

        Translate(schema["additionalProperties"]);
        Translate(schema["items"]);
        Translate(schema["not"]);
        foreach (var combinator in new[] { "allOf", "anyOf", "oneOf" })
        {
            foreach (var alternative in schema[combinator] as JsonArray ?? [])
            {
                Translate(alternative);
            }
        }
    }
}
