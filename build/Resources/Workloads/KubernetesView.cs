using Build.Kubernetes;
using Build.Kubernetes.Values;
using k8s.Models;

namespace Build.Resources.Workloads;

/// <summary>
/// The rendered Kubernetes layer as the rules read it: the manifests' objects, plus what the charts render from
/// their effective values (Traefik's Deployment, PodDisruptionBudget and Service), each able to point at the
/// file and line of a setting.
/// </summary>
public sealed class KubernetesView
{
    private readonly Dictionary<string, SourceText> _texts;

    public KubernetesView(KubernetesLayer layer)
    {
        Layer = layer;
        _texts = layer.Files.ToDictionary(file => file.File, file => SourceText.Of(file.File, file.Text), StringComparer.Ordinal);

        var workloads = new List<Workload>();
        var budgets = new List<DisruptionBudget>();
        var services = new List<KubernetesService>();
        foreach (var item in layer.Objects)
        {
            switch (item.Model)
            {
                case V1Deployment deployment:
                    workloads.Add(FromManifest(item, deployment.Spec.Replicas ?? 1, deployment.Spec.Template));
                    break;
                case V1StatefulSet statefulSet:
                    workloads.Add(FromManifest(item, statefulSet.Spec.Replicas ?? 1, statefulSet.Spec.Template));
                    break;
                case V1DaemonSet daemonSet:
                    workloads.Add(FromManifest(item, null, daemonSet.Spec.Template));
                    break;
                case V1PodDisruptionBudget budget:
                    budgets.Add(new DisruptionBudget(item.Namespace!, item.Name, budget.Spec?.Selector, budget.Spec?.MaxUnavailable, budget.Spec?.MinAvailable, "spec", Pointer(item)));
                    break;
                case V1Service service:
                    services.Add(new KubernetesService(item.Namespace!, item.Name, service.Spec?.Type ?? "ClusterIP",
                        service.Metadata.Annotations ?? new Dictionary<string, string>(), service.Spec?.LoadBalancerIP, "spec.type", "metadata.annotations", Pointer(item)));
                    break;
            }
        }

        foreach (var release in layer.Releases.Where(release => release.Model is TraefikValues))
        {
            var values = (TraefikValues)release.Model;
            var pointer = new SourcePointer(Text(release.Values.File), release.Values.File, 1, $"helm release {release.Release.Name}");
            Traefik = release;
            workloads.Add(TraefikChart.Workload(release, values, pointer with { Reference = $"Deployment/{release.Release.Namespace}/{release.Release.Name}" }));
            if (TraefikChart.DisruptionBudget(release, values, pointer with { Reference = $"PodDisruptionBudget/{release.Release.Namespace}/{release.Release.Name}" }) is { } budget)
            {
                budgets.Add(budget);
            }

            if (TraefikChart.Service(release, values, pointer with { Reference = $"Service/{release.Release.Namespace}/{release.Release.Name}" }) is { } service)
            {
                services.Add(service);
            }
        }

        Workloads = workloads;
        DisruptionBudgets = budgets;
        Services = services;
    }

    public KubernetesLayer Layer { get; }

    public IReadOnlyList<Workload> Workloads { get; }

    public IReadOnlyList<DisruptionBudget> DisruptionBudgets { get; }

    public IReadOnlyList<KubernetesService> Services { get; }

    /// <summary>The Traefik release, when the layer installs one.</summary>
    public RenderedRelease? Traefik { get; }

    public TraefikValues? TraefikValues => Traefik?.Model as TraefikValues;

    public IEnumerable<(KubernetesObject Item, T Model)> Objects<T>()
        where T : k8s.IKubernetesObject<V1ObjectMeta> =>
        Layer.ObjectsWith<T>().Select(item => (item, (T)item.Model));

    public SourcePointer Pointer(KubernetesObject item) => new(Text(item.File), item.File, item.Line, item.Identity);

    public Subject Subject(KubernetesObject item) => new(item.Identity, Pointer(item).Location);

    /// <summary>A chart's values file as a subject (Traefik's entry points, say).</summary>
    public SourcePointer ValuesPointer(RenderedRelease release) => new(Text(release.Values.File), release.Values.File, 1, $"helm/{Path.GetFileName(release.Values.File)}");

    private Workload FromManifest(KubernetesObject item, int? replicas, V1PodTemplateSpec template)
    {
        var containers = template.Spec.Containers.Select(container => new WorkloadContainer(container, $"spec.template.spec.containers[{container.Name}]"))
            .Concat((template.Spec.InitContainers ?? []).Select(container => new WorkloadContainer(container, $"spec.template.spec.initContainers[{container.Name}]")))
            .ToList();
        return new Workload(item.Kind, item.Namespace!, item.Name, replicas, template, containers, "spec.replicas", "spec.template.spec", "spec.template.spec.securityContext", Pointer(item));
    }

    private SourceText? Text(string file) => _texts.GetValueOrDefault(file);
}
