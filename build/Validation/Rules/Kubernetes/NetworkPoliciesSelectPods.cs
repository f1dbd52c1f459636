using Build.Resources.Workloads;
using k8s.Models;

namespace Build.Validation.Rules.Kubernetes;

public sealed class NetworkPoliciesSelectPods : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("K8S013", "Every NetworkPolicy selects a workload", Severity.Warning, RuleFamily.Kubernetes,
        "A policy whose selector matches no pod protects nothing and usually means a label was renamed on one side only.",
        ["kube-score networkpolicy-targets-pod"]);

    public override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        foreach (var (item, policy) in input.Kubernetes.Objects<V1NetworkPolicy>().Where(pair => !LabelSelectors.IsEmpty(pair.Model.Spec.PodSelector)))
        {
            var selected = input.Kubernetes.Workloads.Any(workload => workload.Namespace == item.Namespace && LabelSelectors.Matches(policy.Spec.PodSelector, workload.PodLabels));
            checks.Check(input.Kubernetes.Subject(item), selected
                ? null
                : new Problem($"spec.podSelector {string.Join(", ", (policy.Spec.PodSelector.MatchLabels ?? new Dictionary<string, string>()).Select(pair => $"{pair.Key}={pair.Value}"))} selects no workload's pods in {item.Namespace}",
                    input.Kubernetes.Pointer(item).At("spec.podSelector")));
        }
    }
}
