using Build.Resources.Workloads;
using k8s.Models;

namespace Build.Validation.Rules.Kubernetes;

public sealed class Replicas : WorkloadRule
{
    public override RuleDescriptor Descriptor { get; } = new("K8S007", "Two replicas or more", Severity.Error, RuleFamily.Kubernetes,
        "One replica is an outage at every node drain, upgrade and crash: baseline workloads and Traefik run two or more, and an autoscaler never goes below two.",
        ["kube-score deployment-replicas", "Polaris deploymentMissingReplicas", "Polaris hpaMinAvailability"]);

    protected override bool Applies(Workload workload) => workload.IsReplicated;

    protected override IEnumerable<Problem?> Check(Workload workload, ValidationInput input)
    {
        yield return workload.Replicas >= 2 ? null : At(workload, Workload.ReplicasSetting, $"is {workload.Replicas?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "not set"}, expected 2 or more");
        foreach (var (item, autoscaler) in input.Kubernetes.Objects<V2HorizontalPodAutoscaler>()
            .Where(pair => pair.Item.Namespace == workload.Namespace && pair.Model.Spec.ScaleTargetRef.Kind == workload.Kind && pair.Model.Spec.ScaleTargetRef.Name == workload.Name))
        {
            yield return (autoscaler.Spec.MinReplicas ?? 1) >= 2
                ? null
                : new Problem($"{item.Identity} spec.minReplicas is {autoscaler.Spec.MinReplicas?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "not set (1)"}, expected 2 or more", input.Kubernetes.Pointer(item).At("spec.minReplicas"));
        }
    }
}
