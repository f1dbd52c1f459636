using k8s.Models;

namespace Build.Resources.Workloads;

/// <summary>A PodDisruptionBudget of the manifests or of a chart's values.</summary>
public sealed record DisruptionBudget(string Namespace, string Name, V1LabelSelector? Selector, IntOrString? MaxUnavailable, IntOrString? MinAvailable, string SettingPath, SourcePointer Source)
{
    public string Reference => $"PodDisruptionBudget/{Namespace}/{Name}";

    public string Setting(string field) => SettingPath.Length == 0 ? field : $"{SettingPath}.{field}";
}
