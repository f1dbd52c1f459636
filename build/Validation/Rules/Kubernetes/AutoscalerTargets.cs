using k8s.Models;

namespace Build.Validation.Rules.Kubernetes;

public sealed class AutoscalerTargets : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("K8S017", "HorizontalPodAutoscalers target an existing workload", Severity.Error, RuleFamily.Kubernetes,
        "An autoscaler whose target was renamed scales nothing, silently: each HPA names a Deployment (or StatefulSet) of its namespace.",
        ["kube-score horizontalpodautoscaler-has-target"]);

    public override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        foreach (var (item, autoscaler) in input.Kubernetes.Objects<V2HorizontalPodAutoscaler>())
        {
            var target = autoscaler.Spec.ScaleTargetRef;
            var exists = input.Kubernetes.Workloads.Any(workload => workload.Namespace == item.Namespace && workload.Kind == target.Kind && workload.Name == target.Name)
                && target.ApiVersion is "apps/v1";
            checks.Check(input.Kubernetes.Subject(item), exists
                ? null
                : new Problem($"spec.scaleTargetRef is {target.ApiVersion}/{target.Kind}/{target.Name}, which the layer does not declare in {item.Namespace}", input.Kubernetes.Pointer(item).At("spec.scaleTargetRef")));
        }
    }
}
