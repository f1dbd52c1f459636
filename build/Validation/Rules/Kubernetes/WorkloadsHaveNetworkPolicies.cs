using Build.Resources.Workloads;
using k8s.Models;

namespace Build.Validation.Rules.Kubernetes;

public sealed class WorkloadsHaveNetworkPolicies : WorkloadRule
{
    public override RuleDescriptor Descriptor { get; } = new("K8S012", "A NetworkPolicy written for every workload", Severity.Warning, RuleFamily.Kubernetes,
        "Under a default deny, a workload no policy names can neither be reached nor reach anything: each workload's pods are selected by a policy that says what they may do.",
        ["kube-score pod-networkpolicy"]);

    protected override bool Applies(Workload workload) => workload.Kind != "Job";

    protected override IEnumerable<Problem?> Check(Workload workload, ValidationInput input)
    {
        yield return input.Kubernetes.Objects<V1NetworkPolicy>().Any(pair => pair.Item.Namespace == workload.Namespace
                && !LabelSelectors.IsEmpty(pair.Model.Spec.PodSelector) && LabelSelectors.Matches(pair.Model.Spec.PodSelector, workload.PodLabels))
            ? null
            : new Problem($"no NetworkPolicy in {workload.Namespace} selects its pods by label: only the namespace-wide policies apply", workload.Source.Location);
    }
}
