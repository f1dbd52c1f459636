using Build.Resources.Workloads;

namespace Build.Validation.Rules.Kubernetes;

public sealed class HostAntiAffinity : WorkloadRule
{
    public const string HostnameTopology = "kubernetes.io/hostname";

    public override RuleDescriptor Descriptor { get; } = new("K8S008", "Required anti-affinity: one replica per node", Severity.Error, RuleFamily.Kubernetes,
        "Two replicas on one node are one failure: baseline workloads require their replicas on different nodes (required pod anti-affinity on kubernetes.io/hostname).",
        ["kube-score deployment-has-host-podantiaffinity"]);

    protected override bool Applies(Workload workload) => workload.IsReplicated;

    protected override IEnumerable<Problem?> Check(Workload workload, ValidationInput input)
    {
        var terms = workload.Pod.Affinity?.PodAntiAffinity?.RequiredDuringSchedulingIgnoredDuringExecution ?? [];
        yield return terms.Any(term => term.TopologyKey == HostnameTopology && LabelSelectors.Matches(term.LabelSelector, workload.PodLabels) && !LabelSelectors.IsEmpty(term.LabelSelector))
            ? null
            : At(workload, Workload.PodSetting("affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution"),
                terms.Count == 0 ? "is not set" : $"has no term with topologyKey {HostnameTopology} selecting the workload's own pods");
    }
}
