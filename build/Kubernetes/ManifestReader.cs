using Build.Kubernetes.Charts;
using Build.Kubernetes.Crds;
using k8s;
using k8s.Models;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Build.Kubernetes;

/// <summary>
/// Reads one rendered manifest file (or a chart's output) into typed objects, strictly:
/// <list type="number">
/// <item>each document names an apiVersion/kind the cluster will serve: a KubernetesClient model, or a CRD a chart ships;</item>
/// <item>a built-in kind goes through KubernetesClient's own strict mode (unknown fields and duplicate keys are errors,
/// unconvertible values too), <see cref="YamlModelCheck"/> (values KubernetesClient would convert silently, a quoted
/// number or an unquoted number for a string, are errors as well) and <see cref="ModelRoundTrip"/> (written back, the
/// model says what the source said);</item>
/// <item>a custom resource is checked against its CRD's schema (<see cref="CustomResourceSchema"/>), then read into
/// the view the rules use (leniently: the schema has done the checking), or kept by identity;</item>
/// <item>namespaced kinds name their namespace (never kubectl's current one), cluster-scoped ones do not; a chart's
/// objects without one go to the release's namespace, as helm installs them.</item>
/// </list>
/// Every failure is one line with the file and the line of the offending key or value. Without CRDs (the deploy
/// stage renders without the charts) custom resources are read into their views unchecked.
/// </summary>
public static class ManifestReader
{
    private static readonly Dictionary<string, Type> NoCustomTypes = new(StringComparer.Ordinal);

    /// <param name="crds">The charts' CRDs, or null when custom resources are not to be checked.</param>
    /// <param name="release">For a chart's output: the release, whose namespace objects without one go to.</param>
    public static IReadOnlyList<KubernetesObject> Read(string folder, string file, string text, CustomResourceDefinitions? crds = null, HelmRelease? release = null) =>
        Read(folder, file, text, YamlSource.Load(file, text), crds, release);

    public static IReadOnlyList<KubernetesObject> Read(string folder, string file, string text, IReadOnlyList<YamlDocument> documents, CustomResourceDefinitions? crds, HelmRelease? release)
    {
        if (documents.Count == 0)
        {
            throw new KubernetesSourceException(file, 1, "holds no Kubernetes object.");
        }

        var objects = new List<KubernetesObject>(documents.Count);
        foreach (var document in documents)
        {
            var root = Root(file, document);
            var (apiVersion, kind) = Identity(file, root);
            var model = KubernetesModels.Find(apiVersion, kind) is { } type && KubernetesModels.IsBuiltIn(type)
                ? ReadBuiltIn(file, text, root, type)
                : ReadCustom(file, text, root, apiVersion, kind, crds);
            objects.Add(Describe(folder, file, root, model, crds, release));
        }

        return objects;
    }

    private static YamlMappingNode Root(string file, YamlDocument document) =>
        document.RootNode as YamlMappingNode
        ?? throw new KubernetesSourceException(file, YamlSource.LineOf(document.RootNode), "a manifest document is a mapping with apiVersion, kind and metadata (an empty document or a stray '---'?).");

    private static (string ApiVersion, string Kind) Identity(string file, YamlMappingNode root)
    {
        var apiVersion = Scalar(root, "apiVersion");
        var kind = Scalar(root, "kind");
        return apiVersion is null || kind is null
            ? throw new KubernetesSourceException(file, YamlSource.LineOf(root), "a manifest document needs apiVersion and kind.")
            : (apiVersion, kind);
    }

    private static IKubernetesObject<V1ObjectMeta> ReadBuiltIn(string file, string text, YamlMappingNode root, Type type)
    {
        var (slice, lineOffset) = Slice(text, root);
        IKubernetesObject<V1ObjectMeta> model;
        try
        {
            model = (IKubernetesObject<V1ObjectMeta>)KubernetesYaml.LoadAllFromString(slice, NoCustomTypes, strict: true).Single();
        }
        catch (YamlException exception)
        {
            throw new KubernetesSourceException(file, Math.Max(1, (int)exception.Start.Line) + lineOffset, $"{YamlSource.Innermost(exception).Message.TrimEnd('.')} (KubernetesClient strict parsing).");
        }

        new YamlModelCheck(file).Check(root, type);
        if (ModelRoundTrip.Compare(root, model) is { } difference)
        {
            throw new KubernetesSourceException(file, difference.Line, $"{difference.Path}: does not survive a round trip through {type.Name} (the source says '{difference.Source}', the model gives back '{difference.RoundTripped}').");
        }

        return model;
    }

    private static IKubernetesObject<V1ObjectMeta> ReadCustom(string file, string text, YamlMappingNode root, string apiVersion, string kind, CustomResourceDefinitions? crds)
    {
        var view = KubernetesModels.Find(apiVersion, kind);
        if (crds is not null)
        {
            var schema = crds.Find(apiVersion, kind)
                ?? throw new KubernetesSourceException(file, YamlSource.LineOf(root.Children[new YamlScalarNode("kind")]), NoDefinition(apiVersion, kind, crds));
            if (schema.Check(file, root).FirstOrDefault() is { } problem)
            {
                throw problem;
            }
        }
        else if (view is null)
        {
            throw new KubernetesSourceException(file, YamlSource.LineOf(root.Children[new YamlScalarNode("kind")]), $"{apiVersion}/{kind} is neither a Kubernetes API nor a custom resource the layer knows (misspelled apiVersion or kind?).");
        }

        IKubernetesObject<V1ObjectMeta> model = view is null
            ? new UntypedObject { ApiVersion = apiVersion, Kind = kind, Metadata = Metadata(root) }
            : (IKubernetesObject<V1ObjectMeta>)KubernetesYaml.LoadAllFromString(Slice(text, root).Text, new Dictionary<string, Type> { [$"{apiVersion}/{kind}"] = view }, strict: false).Single();
        if (model is SecretProviderClass { Spec.Provider: AzureKeyVaultParameters.Provider })
        {
            AzureKeyVaultParameters.Check(file, root);
        }

        return model;
    }

    private static string NoDefinition(string apiVersion, string kind, CustomResourceDefinitions crds)
    {
        var group = apiVersion.Contains('/', StringComparison.Ordinal) ? apiVersion[..apiVersion.IndexOf('/', StringComparison.Ordinal)] : string.Empty;
        var known = crds.KindsOf(group).ToList();
        return known.Count > 0
            ? $"{apiVersion}/{kind} is not a kind the charts' CRDs define for {group} ({string.Join(", ", known)})."
            : $"{apiVersion}/{kind} is neither a Kubernetes API the cluster serves nor a custom resource of a CRD the charts ship (misspelled apiVersion or kind?).";
    }

    /// <summary>One document's text (from its first key to the next document marker), and how many lines of the file precede it.</summary>
    private static (string Text, int LineOffset) Slice(string text, YamlMappingNode root)
    {
        var start = (int)root.Start.Index;
        var end = start;
        do
        {
            end = text.IndexOf("\n---", end, StringComparison.Ordinal);
            if (end < 0)
            {
                end = text.Length;
                break;
            }

            end++;
        }
        while (end + 3 < text.Length && !char.IsWhiteSpace(text[end + 3]));

        return (text[start..end], (int)root.Start.Line - 1);
    }

    private static KubernetesObject Describe(string folder, string file, YamlMappingNode root, IKubernetesObject<V1ObjectMeta> model, CustomResourceDefinitions? crds, HelmRelease? release)
    {
        var line = YamlSource.LineOf(root);
        var name = model.Metadata?.Name;
        if (string.IsNullOrEmpty(name))
        {
            throw new KubernetesSourceException(file, line, $"{model.Kind} has no metadata.name.");
        }

        var clusterScoped = KubernetesModels.IsClusterScoped(model.Kind) || crds?.IsNamespaced(model.ApiVersion, model.Kind) == false;
        var ns = model.Metadata!.NamespaceProperty;
        if (string.IsNullOrEmpty(ns) && !clusterScoped && release is not null)
        {
            ns = release.Namespace;
        }

        if (clusterScoped != string.IsNullOrEmpty(ns))
        {
            throw new KubernetesSourceException(file, line, clusterScoped
                ? $"{model.Kind} {name} is cluster-scoped: remove metadata.namespace."
                : $"{model.Kind} {name} needs metadata.namespace (a Bicep output such as ${{output:workloadNamespace}}), so it never lands in kubectl's current namespace.");
        }

        return new KubernetesObject(folder, file, line, model.ApiVersion, model.Kind, string.IsNullOrEmpty(ns) ? null : ns, name, model, release?.Name);
    }

    private static V1ObjectMeta Metadata(YamlMappingNode root) =>
        root.Children.TryGetValue(new YamlScalarNode("metadata"), out var metadata) && metadata is YamlMappingNode mapping
            ? new V1ObjectMeta { Name = Scalar(mapping, "name"), NamespaceProperty = Scalar(mapping, "namespace") }
            : new V1ObjectMeta();

    private static string? Scalar(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode scalar ? scalar.Value : null;
}
