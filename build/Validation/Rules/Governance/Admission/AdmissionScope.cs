using System.Text.Json;
using System.Text.Json.Nodes;
using Build.Infrastructure;
using Build.Resources.Azure;
using Build.Resources.Workloads;
using k8s;
using k8s.Models;

namespace Build.Validation.Rules.Governance.Admission;

/// <summary>
/// Which objects a Kubernetes policy assignment reaches, as Azure Policy hands its parameters to Gatekeeper's
/// constraint (<c>spec.match</c>): not in <c>excludedNamespaces</c> (nor in the namespaces the add-on always
/// excludes), in <c>namespaces</c> when that list is not empty, and selected by <c>labelSelector</c> when one is
/// given. A parameter the assignment leaves out takes the definition's default.
/// </summary>
public sealed class AdmissionScope
{
    /// <summary>
    /// The built-ins' excludedNamespaces default, and what the add-on excludes whatever the assignment says ("System
    /// namespaces kube-system, gatekeeper-system and azure-arc are always excluded by design", the parameter's
    /// description in Azure/azure-policy built-in-policies/policyDefinitions/Kubernetes/*.json).
    /// </summary>
    public static readonly IReadOnlyList<string> AlwaysExcluded = ["kube-system", "gatekeeper-system", "azure-arc"];

    private readonly HashSet<string> _excluded;
    private readonly IReadOnlyList<string> _namespaces;
    private readonly V1LabelSelector? _selector;

    private AdmissionScope(HashSet<string> excluded, IReadOnlyList<string> namespaces, V1LabelSelector? selector)
    {
        _excluded = excluded;
        _namespaces = namespaces;
        _selector = selector;
    }

    /// <summary>The assignment's scope, or null when a parameter of it is an ARM expression bicep resolves only at deployment (it is not guessed).</summary>
    public static AdmissionScope? Of(PolicyAssignment assignment, IReadOnlyList<string> defaultNamespaces)
    {
        var excluded = assignment.Parameter("excludedNamespaces");
        var namespaces = assignment.Parameter("namespaces");
        var selector = assignment.Parameter("labelSelector");
        if (new[] { excluded, namespaces, selector }.Any(IsUnresolved))
        {
            return null;
        }

        return new AdmissionScope(
            (excluded.IsSet ? excluded.Strings : AlwaysExcluded).Concat(AlwaysExcluded).ToHashSet(StringComparer.Ordinal),
            namespaces.IsSet ? namespaces.Strings : defaultNamespaces,
            selector.Node is JsonObject { Count: > 0 } json ? KubernetesJson.Deserialize<V1LabelSelector>(json.ToJsonString()) : null);
    }

    /// <summary>True when an object in <paramref name="ns"/> with <paramref name="labels"/> is reviewed by the constraint.</summary>
    public bool Matches(string ns, IDictionary<string, string>? labels) =>
        !_excluded.Contains(ns)
        && (_namespaces.Count == 0 || _namespaces.Contains(ns, StringComparer.Ordinal))
        && LabelSelectors.Matches(_selector, labels ?? new Dictionary<string, string>());

    /// <summary>True when a value, or any string inside it, is an ARM expression bicep could not evaluate offline.</summary>
    public static bool IsUnresolved(ArmValue value) => Unresolved(value.Node);

    private static bool Unresolved(JsonNode? node) => node switch
    {
        JsonValue value when value.GetValueKind() == JsonValueKind.String => BicepSnapshot.IsUnresolved(value.GetValue<string>()),
        JsonArray array => array.Any(Unresolved),
        JsonObject json => json.Any(pair => Unresolved(pair.Value)),
        _ => false,
    };
}
