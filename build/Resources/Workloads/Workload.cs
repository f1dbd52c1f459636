using k8s.Models;

namespace Build.Resources.Workloads;

/// <summary>
/// Something that runs pods: a Deployment, StatefulSet, DaemonSet or Job, written in the manifests or rendered by a
/// chart (Traefik's Deployment, the CSI driver's DaemonSets). Settings are named as the object spells them
/// (<c>spec.replicas</c>); for a chart's object the location is the value in the values file that sets it.
/// </summary>
public sealed record Workload(
    string Kind,
    string Namespace,
    string Name,
    int? Replicas,
    V1PodTemplateSpec Template,
    IReadOnlyList<WorkloadContainer> Containers,
    SourcePointer Source)
{
    public const string ReplicasSetting = "spec.replicas";
    public const string PodPath = "spec.template.spec";
    public const string PodSecurityContextSetting = "spec.template.spec.securityContext";

    public string Reference => $"{Kind}/{Namespace}/{Name}";

    public Subject Subject => new(Reference, Source.Location);

    public V1PodSpec Pod => Template.Spec;

    public IDictionary<string, string> PodLabels => Template.Metadata?.Labels ?? new Dictionary<string, string>();

    /// <summary>A DaemonSet runs one pod per node: replica counts, anti-affinity and disruption budgets do not apply.</summary>
    public bool IsPerNode => Kind == "DaemonSet";

    /// <summary>A Deployment or StatefulSet: runs replicas that serve, so replica counts, spreading and disruption budgets apply.</summary>
    public bool IsReplicated => Kind is "Deployment" or "StatefulSet";

    /// <summary>Rendered by a chart (Traefik, the CSI driver) rather than written in manifests/.</summary>
    public bool FromChart => Source.Values is not null;

    public static string PodSetting(string field) => $"{PodPath}.{field}";
}
