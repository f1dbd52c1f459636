using YamlDotNet.RepresentationModel;

namespace Build.Kubernetes.Charts;

/// <summary>
/// The CRDs the charts ship, by group, version and kind: the schemas the layer's custom resources (Traefik's
/// TLSOption, TLSStore and Middleware, the driver's SecretProviderClass) are checked against. A schema is built the
/// first time a resource of its kind is checked.
/// </summary>
public sealed class CustomResourceDefinitions
{
    private readonly Dictionary<string, Definition> _definitions;

    private CustomResourceDefinitions(Dictionary<string, Definition> definitions) => _definitions = definitions;

    public static CustomResourceDefinitions None { get; } = new(new Dictionary<string, Definition>(StringComparer.Ordinal));

    /// <summary>The CRD names (<c>tlsoptions.traefik.io</c>), in order.</summary>
    public IReadOnlyList<string> Names => _definitions.Values.Select(definition => definition.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>Reads the CRD documents of a chart's output; <paramref name="origin"/> names the chart (<c>traefik 41.3.0</c>).</summary>
    public static CustomResourceDefinitions From(IEnumerable<YamlMappingNode> documents, string origin)
    {
        var definitions = new Dictionary<string, Definition>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            var spec = Child(document, "spec");
            var group = Text(Child(spec, "group"));
            var kind = Text(Child(Child(spec, "names"), "kind"));
            var name = Text(Child(Child(document, "metadata"), "name")) ?? $"{kind}.{group}";
            var namespaced = Text(Child(spec, "scope")) != "Cluster";
            if (group is null || kind is null)
            {
                continue;
            }

            foreach (var version in (Child(spec, "versions") as YamlSequenceNode)?.Children.OfType<YamlMappingNode>() ?? [])
            {
                var versionName = Text(Child(version, "name"));
                var schema = Child(Child(version, "schema"), "openAPIV3Schema");
                if (versionName is null || schema is null)
                {
                    continue;
                }

                var definition = new Definition(name, group, versionName, kind, namespaced, origin, schema);
                definitions[definition.Key] = definition;
            }
        }

        return new CustomResourceDefinitions(definitions);
    }

    /// <summary>These definitions and another chart's.</summary>
    public CustomResourceDefinitions With(CustomResourceDefinitions other)
    {
        var merged = new Dictionary<string, Definition>(_definitions, StringComparer.Ordinal);
        foreach (var (key, definition) in other._definitions)
        {
            merged.TryAdd(key, definition);
        }

        return new CustomResourceDefinitions(merged);
    }

    /// <summary>The schema for an apiVersion (<c>traefik.io/v1alpha1</c>) and kind, or null when no chart defines it.</summary>
    public CustomResourceSchema? Find(string apiVersion, string kind) =>
        _definitions.TryGetValue($"{apiVersion}/{kind}", out var definition) ? definition.Schema.Value : null;

    public bool IsNamespaced(string apiVersion, string kind) =>
        !_definitions.TryGetValue($"{apiVersion}/{kind}", out var definition) || definition.Namespaced;

    /// <summary>The kinds a group is known by, to help with a misspelled kind or version.</summary>
    public IEnumerable<string> KindsOf(string group) =>
        _definitions.Values.Where(definition => definition.Group == group).Select(definition => $"{definition.Group}/{definition.Version}/{definition.Kind}").Order(StringComparer.Ordinal);

    private static YamlNode? Child(YamlNode? node, string key) =>
        node is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;

    private static string? Text(YamlNode? node) => node is YamlScalarNode { Value: { Length: > 0 } value } ? value : null;

    private sealed class Definition
    {
        public Definition(string name, string group, string version, string kind, bool namespaced, string origin, YamlNode schema)
        {
            Name = name;
            Group = group;
            Version = version;
            Kind = kind;
            Namespaced = namespaced;
            Schema = new Lazy<CustomResourceSchema>(() => new CustomResourceSchema(group, version, kind, YamlJson.From(schema).Json!, origin));
        }

        public string Name { get; }

        public string Group { get; }

        public string Version { get; }

        public string Kind { get; }

        public bool Namespaced { get; }

        public string Key => $"{Group}/{Version}/{Kind}";

        public Lazy<CustomResourceSchema> Schema { get; }
    }
}
