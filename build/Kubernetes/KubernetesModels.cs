using System.Reflection;
using Build.Kubernetes.Crds;
using k8s.Models;

namespace Build.Kubernetes;

/// <summary>
/// The typed model for each apiVersion/kind a manifest may use: KubernetesClient's built-in models, plus the views
/// of the custom resources the rules read (Traefik's TLSOption, TLSStore and Middleware, the CSI driver's
/// SecretProviderClass), which the CRDs the charts ship check. Keys are <c>group/version/Kind</c>, the form
/// KubernetesClient's YAML loader looks types up by.
/// </summary>
public static class KubernetesModels
{
    private static readonly IReadOnlyDictionary<string, Type> BuiltIn = Entities(typeof(V1Pod).Assembly);

    /// <summary>The custom resource views, as a type map for <c>KubernetesYaml.LoadAllFromString</c>.</summary>
    public static IReadOnlyDictionary<string, Type> CustomResources { get; } = Entities(typeof(CustomResource<>).Assembly);

    /// <summary>Kinds that live outside any namespace (the ones this project could apply).</summary>
    private static readonly HashSet<string> ClusterScopedKinds = new(StringComparer.Ordinal)
    {
        "Namespace", "ClusterRole", "ClusterRoleBinding", "IngressClass", "PriorityClass", "StorageClass",
        "CustomResourceDefinition", "PersistentVolume", "ValidatingWebhookConfiguration", "MutatingWebhookConfiguration",
        "CSIDriver", "CSINode", "RuntimeClass", "APIService", "VolumeAttachment",
    };

    public static Type? Find(string apiVersion, string kind)
    {
        var key = $"{apiVersion}/{kind}";
        return CustomResources.TryGetValue(key, out var custom) ? custom : BuiltIn.GetValueOrDefault(key);
    }

    public static bool IsClusterScoped(string kind) => ClusterScopedKinds.Contains(kind);

    /// <summary>True for KubernetesClient's own models (the Kubernetes API), false for the custom resource views.</summary>
    public static bool IsBuiltIn(Type type) => type.Assembly == typeof(V1Pod).Assembly;

    private static Dictionary<string, Type> Entities(Assembly assembly) =>
        assembly.GetTypes()
            .Select(type => (Type: type, Entity: type.GetCustomAttribute<KubernetesEntityAttribute>()))
            .Where(pair => pair.Entity is not null && !pair.Type.IsAbstract)
            .ToDictionary(
                pair => $"{(string.IsNullOrEmpty(pair.Entity!.Group) ? string.Empty : pair.Entity.Group + "/")}{pair.Entity.ApiVersion}/{pair.Entity.Kind}",
                pair => pair.Type,
                StringComparer.Ordinal);
}
