using Build.Resources;
using Build.Resources.Workloads;
using k8s.Models;

namespace Build.Validation.Rules.Governance.Admission;

/// <summary>
/// Something the cluster admits Pods from: a Pod of the layer, or a controller's pod template (a Deployment,
/// StatefulSet, DaemonSet, Job or CronJob), whose Pods are reviewed at admission when the controller creates them — so
/// a policy on Pods lets the controller in and refuses every Pod it makes.
/// </summary>
/// <param name="PodPath">Where the pod spec sits in the object (<c>spec.template.spec</c>, <c>spec</c>).</param>
/// <param name="ByController">True for a controller's template: admission refuses its Pods, not the object itself.</param>
public sealed record PodSource(string Reference, string Namespace, V1PodSpec Pod, IDictionary<string, string> Labels, string PodPath, SourcePointer Source, bool ByController)
{
    public Subject Subject => new(Reference, Source.Location);

    /// <summary>What admission refuses, as messages say it.</summary>
    public string Refused => ByController ? "every Pod it creates" : "the Pod";

    public string Setting(string field) => $"{PodPath}.{field}";

    /// <summary>Every container of the pod, init containers included, with its path (<c>spec.template.spec.containers[traefik]</c>).</summary>
    public IEnumerable<WorkloadContainer> Containers =>
        Pod.Containers.Select(container => new WorkloadContainer(container, Setting($"containers[{container.Name}]")))
            .Concat((Pod.InitContainers ?? []).Select(container => new WorkloadContainer(container, Setting($"initContainers[{container.Name}]"))));

    /// <summary>A problem about one of its settings, at that setting's line (for a chart's object, the value that sets it).</summary>
    public Problem At(string setting, string message) => new($"{setting} {message}{Source.Origin(setting)}", Source.At(setting));

    public static IEnumerable<PodSource> In(ValidationInput input)
    {
        foreach (var workload in input.Kubernetes.Workloads)
        {
            yield return new PodSource(workload.Reference, workload.Namespace, workload.Pod, workload.PodLabels, Workload.PodPath, workload.Source, true);
        }

        foreach (var (item, pod) in input.Kubernetes.Objects<V1Pod>())
        {
            yield return new PodSource(item.Identity, item.Namespace!, pod.Spec, pod.Metadata.Labels ?? new Dictionary<string, string>(), "spec", input.Kubernetes.Pointer(item), false);
        }

        foreach (var (item, cronJob) in input.Kubernetes.Objects<V1CronJob>())
        {
            var template = cronJob.Spec.JobTemplate.Spec.Template;
            yield return new PodSource(item.Identity, item.Namespace!, template.Spec, template.Metadata?.Labels ?? new Dictionary<string, string>(), "spec.jobTemplate.spec.template.spec", input.Kubernetes.Pointer(item), true);
        }
    }
}
