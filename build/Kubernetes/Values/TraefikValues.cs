using k8s.Models;
using YamlDotNet.Serialization;

namespace Build.Kubernetes.Values;

/// <summary>
/// The keys this project sets in the traefik/traefik chart's values (chart 37.3.0, Traefik v3.6), each
/// checked against that chart's values.yaml. Validate reads helm/traefik.values.yaml into this model
/// strictly: a key the model lacks is an error, so a misspelled key cannot be silently ignored by helm.
/// Sections that take Kubernetes objects (resources, affinity, security contexts, volumes) use
/// KubernetesClient's models. To set another chart key, add it here after checking the chart's values.yaml.
/// </summary>
public sealed record TraefikValues
{
    public TraefikImage? Image { get; set; }

    public TraefikDeployment? Deployment { get; set; }

    public IList<V1VolumeMount>? AdditionalVolumeMounts { get; set; }

    public TraefikUpdateStrategy? UpdateStrategy { get; set; }

    public TraefikPodDisruptionBudget? PodDisruptionBudget { get; set; }

    public TraefikIngressClass? IngressClass { get; set; }

    public TraefikApi? Api { get; set; }

    public TraefikIngressRoutes? IngressRoute { get; set; }

    public TraefikProviders? Providers { get; set; }

    public TraefikRbac? Rbac { get; set; }

    public TraefikServiceAccount? ServiceAccount { get; set; }

    public IList<string>? AdditionalArguments { get; set; }

    public TraefikLogs? Logs { get; set; }

    public TraefikMetrics? Metrics { get; set; }

    public TraefikGlobal? Global { get; set; }

    public TraefikPorts? Ports { get; set; }

    public TraefikService? Service { get; set; }

    public V1ResourceRequirements? Resources { get; set; }

    public TraefikProbe? ReadinessProbe { get; set; }

    public TraefikProbe? LivenessProbe { get; set; }

    public V1Affinity? Affinity { get; set; }

    public IDictionary<string, string>? NodeSelector { get; set; }

    public V1SecurityContext? SecurityContext { get; set; }

    public V1PodSecurityContext? PodSecurityContext { get; set; }

    /// <summary>The image reference the chart renders (registry/repository:tag).</summary>
    [YamlIgnore]
    public string? ImageReference =>
        Image is { Registry: { } registry, Repository: { } repository, Tag: { } tag } ? $"{registry}/{repository}:{tag}" : null;
}

public sealed record TraefikImage
{
    public string? Registry { get; set; }

    public string? Repository { get; set; }

    public string? Tag { get; set; }

    public string? PullPolicy { get; set; }
}

public sealed record TraefikDeployment
{
    public int? Replicas { get; set; }

    public string? ReadinessPath { get; set; }

    public string? LivenessPath { get; set; }

    public IList<V1Volume>? AdditionalVolumes { get; set; }
}

public sealed record TraefikUpdateStrategy
{
    public string? Type { get; set; }

    public TraefikRollingUpdate? RollingUpdate { get; set; }
}

public sealed record TraefikRollingUpdate
{
    public IntOrString? MaxUnavailable { get; set; }

    public IntOrString? MaxSurge { get; set; }
}

public sealed record TraefikPodDisruptionBudget
{
    public bool? Enabled { get; set; }

    public IntOrString? MaxUnavailable { get; set; }

    public IntOrString? MinAvailable { get; set; }
}

public sealed record TraefikIngressClass
{
    public bool? Enabled { get; set; }

    public bool? IsDefaultClass { get; set; }

    public string? Name { get; set; }
}

public sealed record TraefikApi
{
    public bool? Dashboard { get; set; }
}

public sealed record TraefikIngressRoutes
{
    public TraefikIngressRouteSwitch? Dashboard { get; set; }

    public TraefikIngressRouteSwitch? Healthcheck { get; set; }
}

public sealed record TraefikIngressRouteSwitch
{
    public bool? Enabled { get; set; }
}

public sealed record TraefikProviders
{
    public TraefikCrdProvider? KubernetesCRD { get; set; }

    public TraefikIngressProvider? KubernetesIngress { get; set; }

    public TraefikProviderSwitch? KubernetesGateway { get; set; }
}

public sealed record TraefikCrdProvider
{
    public bool? Enabled { get; set; }

    public IList<string>? Namespaces { get; set; }

    public bool? AllowCrossNamespace { get; set; }

    public bool? AllowExternalNameServices { get; set; }
}

public sealed record TraefikIngressProvider
{
    public bool? Enabled { get; set; }

    public IList<string>? Namespaces { get; set; }

    public string? IngressClass { get; set; }

    public bool? AllowExternalNameServices { get; set; }

    public TraefikProviderSwitch? PublishedService { get; set; }
}

public sealed record TraefikProviderSwitch
{
    public bool? Enabled { get; set; }
}

public sealed record TraefikRbac
{
    public bool? Enabled { get; set; }
}

public sealed record TraefikServiceAccount
{
    public string? Name { get; set; }
}

public sealed record TraefikLogs
{
    public TraefikGeneralLog? General { get; set; }

    public TraefikAccessLog? Access { get; set; }
}

public sealed record TraefikGeneralLog
{
    public string? Level { get; set; }

    public string? Format { get; set; }
}

public sealed record TraefikAccessLog
{
    public bool? Enabled { get; set; }

    public string? Format { get; set; }
}

public sealed record TraefikMetrics
{
    public TraefikPrometheus? Prometheus { get; set; }
}

public sealed record TraefikPrometheus
{
    public string? EntryPoint { get; set; }

    public bool? AddEntryPointsLabels { get; set; }

    public bool? AddRoutersLabels { get; set; }

    public bool? AddServicesLabels { get; set; }
}

public sealed record TraefikGlobal
{
    public bool? CheckNewVersion { get; set; }

    public bool? SendAnonymousUsage { get; set; }
}

/// <summary>The chart's entry points; only these names exist, so a misspelled one is an error, not a new entry point.</summary>
public sealed record TraefikPorts
{
    public TraefikPort? Traefik { get; set; }

    public TraefikPort? Web { get; set; }

    public TraefikPort? Websecure { get; set; }

    public TraefikPort? Metrics { get; set; }
}

public sealed record TraefikPort
{
    public int? Port { get; set; }

    public int? ExposedPort { get; set; }

    public TraefikExpose? Expose { get; set; }

    public TraefikForwardedHeaders? ForwardedHeaders { get; set; }

    public TraefikEntryPointTls? Tls { get; set; }
}

public sealed record TraefikExpose
{
    public bool? Default { get; set; }
}

public sealed record TraefikForwardedHeaders
{
    public IList<string>? TrustedIPs { get; set; }

    public bool? Insecure { get; set; }
}

public sealed record TraefikEntryPointTls
{
    public bool? Enabled { get; set; }
}

public sealed record TraefikService
{
    public bool? Enabled { get; set; }

    public string? Type { get; set; }

    public IDictionary<string, string>? Annotations { get; set; }

    public TraefikServiceSpec? Spec { get; set; }
}

/// <summary>Entries the chart merges into the Service's spec.</summary>
public sealed record TraefikServiceSpec
{
    public string? ExternalTrafficPolicy { get; set; }
}

/// <summary>The chart's probe timings; the path (/ping) is deployment.readinessPath and livenessPath.</summary>
public sealed record TraefikProbe
{
    public int? InitialDelaySeconds { get; set; }

    public int? PeriodSeconds { get; set; }

    public int? TimeoutSeconds { get; set; }

    public int? FailureThreshold { get; set; }

    public int? SuccessThreshold { get; set; }
}
