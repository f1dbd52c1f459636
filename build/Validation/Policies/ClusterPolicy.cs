using System.Text.Json;
using System.Text.Json.Nodes;
using Build.Files;
using Build.Infrastructure;
using Build.Resources;
using k8s.Models;

namespace Build.Validation.Policies;

/// <summary>
/// What the cluster's Azure Policy assignments admit, as the environment writes it once:
/// <c>bicep/environments/&lt;env&gt;/cluster-policy.json</c>. The rules read their policy values from here, and not from
/// the predicted assignments' parameters, because this file is the one home both sides read —
/// <c>cluster.bicepparam</c> loads it into the template that builds the assignments — and it is there whole and
/// resolved whatever the prediction holds (an assignment removed, a parameter bicep can only resolve at deployment,
/// the registry pattern built from the login server). That the assignments still carry these values is judged by
/// GOV014, and what the assignments themselves refuse at admission by GOV013, so the offline gate and the cluster
/// cannot drift apart unseen.
/// </summary>
public sealed record ClusterPolicy(
    IReadOnlyList<string> AdditionalRegistries,
    ContainerLimits ContainerLimits,
    KubernetesPolicyScope Scope,
    IReadOnlyList<AllowedHostPath> AllowedHostPaths,
    IReadOnlyList<string> AllowedExternalIPs,
    IReadOnlyList<string> DisallowedNamespaces)
{
    public const string FileName = "cluster-policy.json";

    private const string Shape = "cluster-policy.json holds additionalRegistries, containerLimits { cpu, memory }, excludedNamespaces, allowedHostPaths [{ pathPrefix, readOnly }], allowedExternalIPs and disallowedNamespaces (bicep/shared/types.bicep: clusterPolicy)";

    /// <summary>The file the values came from, to point at a key's line.</summary>
    public required JsonInput Source { get; init; }

    /// <summary>Where a key (<c>containerLimits.cpu</c>) is written, for messages that send the reader there.</summary>
    public SourceLocation At(string key) => new(Source.File, Source.LineOf(key), $"{Source.File} {key}", "module");

    public static ClusterPolicy Load(EnvironmentLayout layout)
    {
        var path = layout.EnvironmentDirectory.CombineWithFilePath(FileName).FullPath;
        var file = Path.GetRelativePath(layout.Root.FullPath, path).Replace('\\', '/');
        if (!File.Exists(path))
        {
            throw new InputFileException(file, null, null, $"environment '{layout.Environment}' has no such file", "copy prod's and set what your cluster's Azure Policy assignments admit");
        }

        return Parse(file, File.ReadAllText(path));
    }

    /// <param name="file">The file as messages name it (relative to the repository root).</param>
    public static ClusterPolicy Parse(string file, string json)
    {
        var input = JsonInput.Parse(file, json, lenient: true);
        if (input.Root is not JsonObject)
        {
            throw input.Problem(string.Empty, $"is {JsonInput.Kind(input.Root)}, not an object", Shape);
        }

        var excluded = Strings(input, "excludedNamespaces");
        if (excluded.Count == 0)
        {
            throw input.Problem("excludedNamespaces", "is empty", "list the namespaces Azure owns (kube-system, gatekeeper-system, azure-arc, ...), where no Kubernetes policy applies");
        }

        return new ClusterPolicy(
            Strings(input, "additionalRegistries"),
            new ContainerLimits(new Dictionary<string, ResourceQuantity>(StringComparer.Ordinal)
            {
                ["cpu"] = Quantity(input, "containerLimits.cpu"),
                ["memory"] = Quantity(input, "containerLimits.memory"),
            }),
            new KubernetesPolicyScope(excluded),
            HostPaths(input),
            Strings(input, "allowedExternalIPs"),
            Strings(input, "disallowedNamespaces"))
        {
            Source = input,
        };
    }

    private static List<string> Strings(JsonInput input, string key)
    {
        if (input.Get(key) is not JsonArray array)
        {
            throw input.Problem(key, input.Get(key) is null ? "is missing" : $"is {JsonInput.Kind(input.Get(key))}, not an array of strings", Shape);
        }

        return array.Select((item, index) => item is JsonValue value && value.GetValueKind() == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetValue<string>())
                ? value.GetValue<string>()
                : throw input.Problem($"{key}[{index}]", $"is {JsonInput.Kind(item)}, not a non-empty string", Shape))
            .ToList();
    }

    private static ResourceQuantity Quantity(JsonInput input, string key)
    {
        var text = input.RequiredString(key, Shape);
        try
        {
            return new ResourceQuantity(text);
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException or OverflowException)
        {
            throw input.Problem(key, $"'{text}' is not a Kubernetes quantity", "write it as Kubernetes does, e.g. 1, 500m, 1Gi");
        }
    }

    private static List<AllowedHostPath> HostPaths(JsonInput input)
    {
        const string key = "allowedHostPaths";
        if (input.Get(key) is not JsonArray array)
        {
            throw input.Problem(key, input.Get(key) is null ? "is missing" : $"is {JsonInput.Kind(input.Get(key))}, not an array", Shape);
        }

        var paths = new List<AllowedHostPath>();
        for (var index = 0; index < array.Count; index++)
        {
            var prefix = input.RequiredString($"{key}[{index}].pathPrefix", Shape);
            var readOnly = input.Get($"{key}[{index}].readOnly") is JsonValue value && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False
                ? value.GetValue<bool>()
                : throw input.Problem($"{key}[{index}].readOnly", "is not true or false", Shape);
            paths.Add(new AllowedHostPath(prefix, readOnly));
        }

        return paths;
    }
}

/// <summary>A host path pods may mount (the prefix, segment by segment), and whether every mount of it must be read-only.</summary>
public sealed record AllowedHostPath(string PathPrefix, bool ReadOnly);
