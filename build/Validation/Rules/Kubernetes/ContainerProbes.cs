using Build.Resources.Workloads;

namespace Build.Validation.Rules.Kubernetes;

public sealed class ContainerProbes : WorkloadRule
{
    public override RuleDescriptor Descriptor { get; } = new("K8S002", "Readiness and liveness probes", Severity.Error, RuleFamily.Kubernetes,
        "Traffic reaches a pod only when it is ready, and a hung pod is restarted: every baseline container has a readiness and a liveness probe.",
        ["kube-score pod-probes", "Polaris readinessProbeMissing", "Polaris livenessProbeMissing"]);

    protected override IEnumerable<Problem?> Check(Workload workload, ValidationInput input)
    {
        foreach (var container in workload.Containers.Where(container => !container.Path.Contains("initContainers", StringComparison.Ordinal)))
        {
            yield return container.Container.ReadinessProbe is null ? At(workload, container.Setting("readinessProbe"), "is not set") : null;
            yield return container.Container.LivenessProbe is null ? At(workload, container.Setting("livenessProbe"), "is not set") : null;
        }
    }
}
