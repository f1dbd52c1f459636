using Build.Resources.Workloads;
using Build.Validation.Policies;

namespace Build.Validation.Rules.Kubernetes;

public sealed class ContainerResources : WorkloadRule
{
    public override RuleDescriptor Descriptor { get; } = new("K8S001", "Requests and limits on every container, limits within the maximum", Severity.Error, RuleFamily.Kubernetes,
        "The scheduler places pods by their requests and the kubelet contains them by their limits; without both, one pod can starve the node: every baseline container declares CPU and memory requests and limits, the limits no larger than the container maximum (containerLimits in the environment's cluster-policy.json, one CPU and 1Gi in prod, which the cluster's container-limits policy assignment enforces too).",
        ["kube-score container-resources", "Polaris cpuRequestsMissing", "Polaris memoryRequestsMissing", "Polaris cpuLimitsMissing", "Polaris memoryLimitsMissing", "Azure Policy: Kubernetes cluster containers CPU and memory resource limits should not exceed the specified limits"]);

    protected override IEnumerable<Problem?> Check(Workload workload, ValidationInput input)
    {
        foreach (var container in workload.Containers)
        {
            var resources = container.Container.Resources;
            foreach (var kind in new[] { "requests", "limits" })
            {
                var values = kind == "requests" ? resources?.Requests : resources?.Limits;
                foreach (var resource in ContainerLimits.Resources)
                {
                    var setting = container.Setting($"resources.{kind}.{resource}");
                    if (values is null || !values.TryGetValue(resource, out var value))
                    {
                        yield return At(workload, setting, "is not set");
                    }
                    else if (kind == "limits" && !input.Policy.ContainerLimits.Allows(resource, value))
                    {
                        yield return At(workload, setting, $"is {value}, above the container maximum {input.Policy.ContainerLimits.Maximum[resource]}");
                    }
                }
            }
        }
    }
}
