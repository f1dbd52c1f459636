using k8s.Models;

namespace Build.Resources.Workloads;

/// <summary>A container of a workload with the path its settings have in the object (<c>spec.template.spec.containers[traefik]</c>).</summary>
public sealed record WorkloadContainer(V1Container Container, string Path)
{
    public string Setting(string field) => $"{Path}.{field}";
}
