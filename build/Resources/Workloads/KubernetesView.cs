using Build.Kubernetes;
using k8s.Models;

namespace Build.Resources.Workloads;

/// <summary>
/// The rendered Kubernetes layer as the rules read it: every object the cluster receives — the manifests' and what
/// the charts render (Traefik's Deployment, Service and PodDisruptionBudget, the CSI driver's DaemonSets) — each able
/// to point at the file and line of a setting (for a chart's object, the value that sets it).
/// </summary>
public sealed class KubernetesView
{
    private readonly Dictionary<string, SourceText> _texts;
    private readonly Dictionary<string, SourceText> _values;
    private readonly Dictionary<Type, object> _byKind = [];

    public KubernetesView(KubernetesLayer layer)
    {
        Layer = layer;
        _texts = layer.Files.Concat(layer.Charts.Select(chart => chart.Output))
            .ToDictionary(file => file.File, file => SourceText.Of(file.File, file.Text), StringComparer.Ordinal);
        _values = layer.Charts.ToDictionary(chart => chart.Name, chart => _texts[chart.Release.Values.File], StringComparer.Ordinal);
        Traefik = TraefikDeployment.In(layer);

        var workloads = new List<Workload>();
        var budgets = new List<DisruptionBudget>();
        var services = new List<KubernetesService>();
        foreach (var item in layer.Objects)
        {
            switch (item.Model)
            {
                case V1Deployment deployment:
                    workloads.Add(ReadWorkload(item, Pointer(item), deployment.Spec.Replicas ?? 1, deployment.Spec.Template));
                    break;
                case V1StatefulSet statefulSet:
                    workloads.Add(ReadWorkload(item, Pointer(item), statefulSet.Spec.Replicas ?? 1, statefulSet.Spec.Template));
                    break;
                case V1DaemonSet daemonSet:
                    workloads.Add(ReadWorkload(item, Pointer(item), null, daemonSet.Spec.Template));
                    break;
                case V1Job job:
                    workloads.Add(ReadWorkload(item, Pointer(item), null, job.Spec.Template));
                    break;
                case V1PodDisruptionBudget budget:
                    budgets.Add(new DisruptionBudget(item.Namespace!, item.Name, budget.Spec?.Selector, budget.Spec?.MaxUnavailable, budget.Spec?.MinAvailable, Pointer(item)));
                    break;
                case V1Service service:
                    services.Add(new KubernetesService(item.Namespace!, item.Name, service.Spec?.Type ?? "ClusterIP",
                        service.Metadata.Annotations ?? new Dictionary<string, string>(), service.Spec?.LoadBalancerIP, Pointer(item)));
                    break;
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

    /// <summary>Traefik's Deployment as its chart renders it, when the layer installs Traefik.</summary>
    public TraefikDeployment? Traefik { get; }

    /// <summary>The Service Traefik's chart renders: its internal load balancer.</summary>
    public KubernetesService? TraefikService =>
        Traefik is { } traefik ? Services.FirstOrDefault(service => service.Source.Values is not null && service.Namespace == traefik.Item.Namespace && service.Name == traefik.Item.Name) : null;

    /// <summary>The objects of one kind with their models (each kind listed once, so a rule may ask for every subject).</summary>
    public IReadOnlyList<(KubernetesObject Item, T Model)> Objects<T>()
        where T : k8s.IKubernetesObject<V1ObjectMeta>
    {
        lock (_byKind)
        {
            if (!_byKind.TryGetValue(typeof(T), out var list))
            {
                list = Layer.ObjectsWith<T>().Select(item => (item, (T)item.Model)).ToList();
                _byKind.Add(typeof(T), list);
            }

            return (IReadOnlyList<(KubernetesObject, T)>)list;
        }
    }

    public SourcePointer Pointer(KubernetesObject item) =>
        new(Text(item.File), item.File, item.Line, item.Identity, item.Release is { } release && Layer.Charts.FirstOrDefault(chart => chart.Name == release) is { } chart
            ? new ChartValues(_values[release], chart.Release.Release.Chart, chart.Chart.ToString(), item.Kind)
            : null);

    public Subject Subject(KubernetesObject item) => new(item.Identity, Pointer(item).Location);

    /// <summary>The line of a value (<c>ports.websecure.forwardedHeaders.trustedIPs</c>) in the values file of the release that renders <paramref name="item"/>.</summary>
    public SourceLocation ValuesAt(KubernetesObject item, string value) =>
        item.Release is { } release && _values.TryGetValue(release, out var text)
            ? new SourceLocation(text.File, text.LineOf(1, value), item.Identity, "object")
            : Pointer(item).Location;

    private static Workload ReadWorkload(KubernetesObject item, SourcePointer source, int? replicas, V1PodTemplateSpec template)
    {
        var containers = template.Spec.Containers.Select(container => new WorkloadContainer(container, $"{Workload.PodPath}.containers[{container.Name}]"))
            .Concat((template.Spec.InitContainers ?? []).Select(container => new WorkloadContainer(container, $"{Workload.PodPath}.initContainers[{container.Name}]")))
            .ToList();
        return new Workload(item.Kind, item.Namespace!, item.Name, replicas, template, containers, source);
    }

    private SourceText? Text(string file) => _texts.GetValueOrDefault(file);
}
