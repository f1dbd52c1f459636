using k8s;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Build.Kubernetes;

/// <summary>
/// Reads a single-document YAML file (helm values, the release and image catalogs) into a project model
/// with the same strictness as manifests: KubernetesClient's strict deserializer, <see cref="YamlModelCheck"/>
/// and a <see cref="ModelRoundTrip"/>. Errors name file and line.
/// </summary>
public static class StrictYaml
{
    public static T Read<T>(string file, string text)
        where T : class
    {
        var documents = YamlSource.Load(file, text);
        if (documents.Count != 1 || documents[0].RootNode is not YamlMappingNode root)
        {
            throw new KubernetesSourceException(file, 1, $"expects one YAML mapping ({typeof(T).Name}).");
        }

        T model;
        try
        {
            model = KubernetesYaml.Deserialize<T>(text, strict: true);
        }
        catch (YamlException exception)
        {
            throw new KubernetesSourceException(file, Math.Max(1, (int)exception.Start.Line), $"{YamlSource.Innermost(exception).Message.TrimEnd('.')} (KubernetesClient strict parsing).");
        }

        new YamlModelCheck(file).Check(root, typeof(T));
        if (ModelRoundTrip.Compare(root, model) is { } difference)
        {
            throw new KubernetesSourceException(file, difference.Line, $"{difference.Path}: does not survive a round trip through {typeof(T).Name} (the source says '{difference.Source}', the model gives back '{difference.RoundTripped}').");
        }

        return model;
    }
}
