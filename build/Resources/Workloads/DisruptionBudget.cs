using k8s.Models;

namespace Build.Resources.Workloads;

/// <summary>A PodDisruptionBudget of the manifests or of a chart.</summary>
public sealed record DisruptionBudget(string Namespace, string Name, V1LabelSelector? Selector, IntOrString? MaxUnavailable, IntOrString? MinAvailable, SourcePointer Source)
{
    public string Reference => $"PodDisruptionBudget/{Namespace}/{Name}";

    public static string Setting(string field) => $"spec.{field}";
}
