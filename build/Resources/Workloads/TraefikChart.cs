using Build.Kubernetes;
using Build.Kubernetes.Values;
using k8s.Models;

namespace Build.Resources.Workloads;

/// <summary>
/// What the traefik/traefik chart (37.x) renders from its values, as far as the rules care: one Deployment
/// named after the release with the chart's labels, a container whose readiness and liveness probes the chart
/// always writes (HTTP on the traefik entry point, path <c>deployment.readinessPath</c>/<c>livenessPath</c>,
/// default <c>/ping</c>), the PodDisruptionBudget when enabled and the Service. Chart defaults where the values
/// are silent: one replica, a LoadBalancer Service, the traefik port 8080.
/// </summary>
public static class TraefikChart
{
    private const int DefaultTraefikPort = 8080;

    public static IReadOnlyDictionary<string, string> Labels(RenderedRelease release) => new Dictionary<string, string>
    {
        ["app.kubernetes.io/name"] = "traefik",
        ["app.kubernetes.io/instance"] = $"{release.Release.Name}-{release.Release.Namespace}",
    };

    public static Workload Workload(RenderedRelease release, TraefikValues values, SourcePointer source)
    {
        var port = values.Ports?.Traefik?.Port ?? DefaultTraefikPort;
        var container = new V1Container
        {
            Name = "traefik",
            Image = values.ImageReference ?? $"{values.Image?.Registry ?? "docker.io"}/{values.Image?.Repository ?? "traefik"}",
            Resources = values.Resources,
            SecurityContext = values.SecurityContext,
            ReadinessProbe = Probe(values.Deployment?.ReadinessPath, port, values.ReadinessProbe),
            LivenessProbe = Probe(values.Deployment?.LivenessPath, port, values.LivenessProbe),
        };
        var template = new V1PodTemplateSpec
        {
            Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string>(Labels(release)) },
            Spec = new V1PodSpec
            {
                Containers = [container],
                SecurityContext = values.PodSecurityContext,
                Affinity = values.Affinity,
                NodeSelector = values.NodeSelector,
                ServiceAccountName = values.ServiceAccount?.Name,
            },
        };
        return new Workload(
            "Deployment",
            release.Release.Namespace,
            release.Release.Name,
            values.Deployment?.Replicas ?? 1,
            template,
            [new WorkloadContainer(container, string.Empty)],
            "deployment.replicas",
            string.Empty,
            "podSecurityContext",
            source);
    }

    public static DisruptionBudget? DisruptionBudget(RenderedRelease release, TraefikValues values, SourcePointer source) =>
        values.PodDisruptionBudget is { Enabled: true } budget
            ? new DisruptionBudget(release.Release.Namespace, release.Release.Name, new V1LabelSelector { MatchLabels = new Dictionary<string, string>(Labels(release)) }, budget.MaxUnavailable, budget.MinAvailable, "podDisruptionBudget", source)
            : null;

    public static KubernetesService? Service(RenderedRelease release, TraefikValues values, SourcePointer source) =>
        values.Service?.Enabled == false
            ? null
            : new KubernetesService(release.Release.Namespace, release.Release.Name, values.Service?.Type ?? "LoadBalancer",
                values.Service?.Annotations ?? new Dictionary<string, string>(), null, "service.type", "service.annotations", source);

    private static V1Probe Probe(string? path, int port, TraefikProbe? timing) => new()
    {
        HttpGet = new V1HTTPGetAction { Path = path ?? "/ping", Port = port, Scheme = "HTTP" },
        InitialDelaySeconds = timing?.InitialDelaySeconds,
        PeriodSeconds = timing?.PeriodSeconds,
        TimeoutSeconds = timing?.TimeoutSeconds,
        FailureThreshold = timing?.FailureThreshold,
        SuccessThreshold = timing?.SuccessThreshold,
    };
}
