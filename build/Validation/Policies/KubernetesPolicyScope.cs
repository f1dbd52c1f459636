namespace Build.Validation.Policies;

/// <summary>
/// Where the baseline's pod policies apply: everywhere but the namespaces of the cluster's own components (the CSI
/// driver's node agents run privileged in kube-system, as they must) — the environment's <c>excludedNamespaces</c>
/// (cluster-policy.json), which the cluster's policy assignments take as theirs, so the offline rules and the
/// cluster's admission control judge the same pods.
/// </summary>
public sealed record KubernetesPolicyScope(IReadOnlyList<string> ExcludedNamespaces)
{
    public bool Excludes(string ns) => ExcludedNamespaces.Contains(ns, StringComparer.Ordinal);
}
