using k8s.Models;

namespace Build.Resources.Workloads;

/// <summary>
/// Something that runs pods: a Deployment, StatefulSet or DaemonSet of the manifests, or what a chart renders
/// from its values (Traefik). Settings are named as the source spells them: <c>spec.replicas</c> in a manifest,
/// <c>deployment.replicas</c> in Traefik's values, so a message says what to edit.
/// </summary>
public sealed record Workload(
    string Kind,
    string Namespace,
    string Name,
    int? Replicas,
    V1PodTemplateSpec Template,
    IReadOnlyList<WorkloadContainer> Containers,
    string ReplicasSetting,
    string PodPath,
    string PodSecurityContextSetting,
    SourcePointer Source)
{
    public string Reference => $"{Kind}/{Namespace}/{Name}";

    public Subject Subject => new(Reference, Source.Location);

    public V1PodSpec Pod => Template.Spec;

    public IDictionary<string, string> PodLabels => Template.Metadata?.Labels ?? new Dictionary<string, string>();

    /// <summary>A DaemonSet runs one pod per node: replica counts, anti-affinity and disruption budgets do not apply.</summary>
    public bool IsPerNode => Kind == "DaemonSet";

    public string PodSetting(string field) => PodPath.Length == 0 ? field : $"{PodPath}.{field}";
}
