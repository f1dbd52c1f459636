using System.ComponentModel.DataAnnotations;
using k8s;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Build.Kubernetes.Crds;

/// <summary>
/// The Azure Key Vault provider's SecretProviderClass parameters. The CRD types them as strings; this
/// model names the ones the provider reads, so a misspelled parameter (which the provider would ignore,
/// falling back to another identity) fails validation. <see cref="Objects"/> is itself YAML: an
/// <c>array</c> of YAML documents, one per Key Vault object, checked as <see cref="KeyVaultObject"/>.
/// </summary>
public sealed record AzureKeyVaultParameters
{
    public const string Provider = "azure";

    public string? UsePodIdentity { get; set; }

    public string? UseVMManagedIdentity { get; set; }

    public string? UserAssignedIdentityID { get; set; }

    /// <summary>The workload identity's client id (the pod's service account federates with it).</summary>
    public string? ClientID { get; set; }

    [Required]
    public string KeyvaultName { get; set; } = string.Empty;

    public string? CloudName { get; set; }

    public string? CloudEnvFileName { get; set; }

    [Required]
    public string TenantId { get; set; } = string.Empty;

    [Required]
    public string Objects { get; set; } = string.Empty;

    /// <summary>Checks spec.parameters of an Azure SecretProviderClass document, and the objects inside it.</summary>
    public static IReadOnlyList<KeyVaultObject> Check(string file, YamlMappingNode document)
    {
        var parameters = Child(Child(document, "spec"), "parameters") as YamlMappingNode
            ?? throw new KubernetesSourceException(file, YamlSource.LineOf(document), "spec.parameters: the Azure provider needs keyvaultName, tenantId and objects");
        new YamlModelCheck(file).Check(parameters, typeof(AzureKeyVaultParameters), "spec.parameters");

        var objectsNode = (YamlScalarNode)parameters.Children[new YamlScalarNode("objects")];
        var objectsOffset = YamlSource.LineOf(objectsNode) - (objectsNode.Style is ScalarStyle.Literal or ScalarStyle.Folded ? 0 : 1);
        Embedded(file, objectsOffset, objectsNode.Value ?? string.Empty, typeof(KeyVaultObjectArray), "spec.parameters.objects");
        var items = (YamlSequenceNode)((YamlMappingNode)YamlSource.Load(file, objectsNode.Value ?? string.Empty)[0].RootNode).Children[new YamlScalarNode("array")];

        var objects = new List<KeyVaultObject>();
        foreach (var item in items.Children.Cast<YamlScalarNode>())
        {
            var itemOffset = objectsOffset + YamlSource.LineOf(item) - (item.Style is ScalarStyle.Literal or ScalarStyle.Folded ? 0 : 1);
            Embedded(file, itemOffset, item.Value ?? string.Empty, typeof(KeyVaultObject), "spec.parameters.objects.array[]");
            var keyVaultObject = KubernetesYaml.Deserialize<KeyVaultObject>(item.Value ?? string.Empty, strict: true);
            if (!KeyVaultObject.ObjectTypes.Contains(keyVaultObject.ObjectType))
            {
                throw new KubernetesSourceException(file, itemOffset + 1, $"spec.parameters.objects: objectType '{keyVaultObject.ObjectType}' is not one of {string.Join(", ", KeyVaultObject.ObjectTypes)}");
            }

            objects.Add(keyVaultObject);
        }

        return objects;
    }

    /// <summary>The Key Vault objects of a SecretProviderClass that has passed <see cref="Check"/>.</summary>
    public static IReadOnlyList<KeyVaultObject> ObjectsOf(SecretProviderClass secretProviderClass) =>
        secretProviderClass.Spec.Parameters is { } parameters && parameters.TryGetValue("objects", out var objects)
            ? KubernetesYaml.Deserialize<KeyVaultObjectArray>(objects, strict: true).Array
                .Select(item => KubernetesYaml.Deserialize<KeyVaultObject>(item, strict: true))
                .ToList()
            : [];

    private static void Embedded(string file, int lineOffset, string text, Type model, string path)
    {
        IReadOnlyList<YamlDocument> documents;
        try
        {
            documents = YamlSource.Load(file, text);
        }
        catch (KubernetesSourceException exception)
        {
            throw new KubernetesSourceException(file, exception.Line + lineOffset, $"{path}: {exception.Problem}");
        }

        if (documents.Count != 1)
        {
            throw new KubernetesSourceException(file, lineOffset + 1, $"{path}: expects one YAML mapping");
        }

        new YamlModelCheck(file, lineOffset).Check(documents[0].RootNode, model, path);
    }

    private static YamlNode? Child(YamlNode? node, string key) =>
        node is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;

    /// <summary>The shape of the objects parameter: <c>array:</c> of YAML strings.</summary>
    private sealed record KeyVaultObjectArray
    {
        [Required]
        public IList<string> Array { get; set; } = [];
    }
}
