using Build.Kubernetes.Crds;
using k8s;
using k8s.Models;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Build.Kubernetes;

/// <summary>
/// Reads one rendered manifest file into typed objects, strictly:
/// <list type="number">
/// <item>each document names an apiVersion/kind that has a model (<see cref="KubernetesModels"/>);</item>
/// <item>KubernetesClient's own strict mode (<c>KubernetesYaml.LoadAllFromString(..., strict: true)</c>:
/// unknown fields and duplicate keys are errors, unconvertible values too);</item>
/// <item><see cref="YamlModelCheck"/>: values KubernetesClient would convert silently (a quoted number, an
/// unquoted number for a string) are errors as well;</item>
/// <item><see cref="ModelRoundTrip"/>: written back, the model says what the source said;</item>
/// <item>namespaced kinds name their namespace (never kubectl's current one), cluster-scoped ones do not.</item>
/// </list>
/// Every failure is one line with the file and the line of the offending key or value. It reads text, not
/// files: KubernetesClient 21.0.8's file and stream loaders drop the strict flag.
/// </summary>
public static class ManifestReader
{
    private static readonly Dictionary<string, Type> CustomResourceTypes = new(KubernetesModels.CustomResources, StringComparer.Ordinal);

    public static IReadOnlyList<KubernetesObject> Read(string folder, string file, string text)
    {
        var documents = YamlSource.Load(file, text);
        if (documents.Count == 0)
        {
            throw new KubernetesSourceException(file, 1, "holds no Kubernetes object.");
        }

        var types = documents.Select(document => ModelType(file, document)).ToList();
        var models = LoadStrictly(file, text);
        var objects = new List<KubernetesObject>(documents.Count);
        for (var index = 0; index < documents.Count; index++)
        {
            var root = (YamlMappingNode)documents[index].RootNode;
            var type = types[index];
            new YamlModelCheck(file).Check(root, type);
            var model = (IKubernetesObject<V1ObjectMeta>)models[index];
            if (ModelRoundTrip.Compare(root, model) is { } difference)
            {
                throw new KubernetesSourceException(file, difference.Line, $"{difference.Path}: does not survive a round trip through {type.Name} (the source says '{difference.Source}', the model gives back '{difference.RoundTripped}').");
            }

            if (model is SecretProviderClass { Spec.Provider: AzureKeyVaultParameters.Provider })
            {
                AzureKeyVaultParameters.Check(file, root);
            }

            objects.Add(Describe(folder, file, root, model));
        }

        return objects;
    }

    private static Type ModelType(string file, YamlDocument document)
    {
        var line = YamlSource.LineOf(document.RootNode);
        if (document.RootNode is not YamlMappingNode root)
        {
            throw new KubernetesSourceException(file, line, "a manifest document is a mapping with apiVersion, kind and metadata (an empty document or a stray '---'?).");
        }

        var apiVersion = Scalar(root, "apiVersion");
        var kind = Scalar(root, "kind");
        if (apiVersion is null || kind is null)
        {
            throw new KubernetesSourceException(file, line, "a manifest document needs apiVersion and kind.");
        }

        return KubernetesModels.Find(apiVersion, kind)
            ?? throw new KubernetesSourceException(file, YamlSource.LineOf(root.Children[new YamlScalarNode("kind")]), $"{apiVersion}/{kind} has no typed model: it is neither a KubernetesClient model nor one of build/Kubernetes/Crds (misspelled apiVersion or kind?).");
    }

    private static List<object> LoadStrictly(string file, string text)
    {
        try
        {
            return KubernetesYaml.LoadAllFromString(text, CustomResourceTypes, strict: true);
        }
        catch (YamlException exception)
        {
            throw new KubernetesSourceException(file, Math.Max(1, (int)exception.Start.Line), $"{YamlSource.Innermost(exception).Message.TrimEnd('.')} (KubernetesClient strict parsing).");
        }
    }

    private static KubernetesObject Describe(string folder, string file, YamlMappingNode root, IKubernetesObject<V1ObjectMeta> model)
    {
        var line = YamlSource.LineOf(root);
        var name = model.Metadata?.Name;
        if (string.IsNullOrEmpty(name))
        {
            throw new KubernetesSourceException(file, line, $"{model.Kind} has no metadata.name.");
        }

        var ns = model.Metadata!.NamespaceProperty;
        if (KubernetesModels.IsClusterScoped(model.Kind) != string.IsNullOrEmpty(ns))
        {
            throw new KubernetesSourceException(file, line, KubernetesModels.IsClusterScoped(model.Kind)
                ? $"{model.Kind} {name} is cluster-scoped: remove metadata.namespace."
                : $"{model.Kind} {name} needs metadata.namespace (a Bicep output such as ${{output:workloadNamespace}}), so it never lands in kubectl's current namespace.");
        }

        return new KubernetesObject(folder, file, line, model.ApiVersion, model.Kind, string.IsNullOrEmpty(ns) ? null : ns, name, model);
    }

    private static string? Scalar(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode scalar ? scalar.Value : null;
}
