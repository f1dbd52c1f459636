namespace Build.Validation.Policies;

/// <summary>
/// Where the baseline's pod policies apply: everywhere but the namespaces of the cluster's own components (the CSI
/// driver's node agents run privileged in kube-system, as they must). The list is the default
/// <c>excludedNamespaces</c> of Azure Policy's Kubernetes built-ins, which the cluster's policy assignments use, so the
/// offline rules and the cluster's admission control judge the same pods.
/// </summary>
public static class KubernetesPolicyScope
{
    public static IReadOnlyList<string> ExcludedNamespaces { get; } = ["kube-system", "gatekeeper-system", "azure-arc", "azure-extensions-usage-system"];

    public static bool Excludes(string ns) => ExcludedNamespaces.Contains(ns, StringComparer.Ordinal);
}
