using k8s.Models;

namespace Build.Resources.Workloads;

/// <summary>A container of a workload with the path its settings have in the source (empty for a chart's values, whose keys sit at the top).</summary>
public sealed record WorkloadContainer(V1Container Container, string Path)
{
    public string Setting(string field) => Path.Length == 0 ? field : $"{Path}.{field}";
}
