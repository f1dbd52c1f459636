using Build.Resources.Workloads;
using Build.Validation.Policies;
using k8s.Models;

namespace Build.Validation.Rules.Kubernetes;

public sealed class ContainerResources : WorkloadRule
{
    public override RuleDescriptor Descriptor { get; } = new("K8S001", "Requests and limits on every container, limits within the maximum", Severity.Error, RuleFamily.Kubernetes,
        "The scheduler places pods by their requests and the kubelet contains them by their limits; without both, one pod can starve the node: every baseline container declares CPU and memory requests and limits, the limits no larger than the container maximum (containerLimits in the environment's cluster-policy.json, one CPU and 1Gi in prod, which the cluster's container-limits policy assignment enforces too) nor than the max of its namespace's LimitRange, which the API server enforces.",
        ["kube-score container-resources", "Polaris cpuRequestsMissing", "Polaris memoryRequestsMissing", "Polaris cpuLimitsMissing", "Polaris memoryLimitsMissing", "Azure Policy: Kubernetes cluster containers CPU and memory resource limits should not exceed the specified limits"]);

    protected override IEnumerable<Problem?> Check(Workload workload, ValidationInput input)
    {
        var ranges = input.Kubernetes.Objects<V1LimitRange>().Where(pair => pair.Item.Namespace == workload.Namespace).ToList();
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
                    else if (kind == "limits" && Tighter(ranges, resource, value) is { } range)
                    {
                        yield return At(workload, setting, $"is {value}, above the max {range.Max} of LimitRange {range.Name} in its namespace: the API server refuses the pod");
                    }
                }
            }
        }
    }

    /// <summary>A Container max of the namespace's LimitRanges that <paramref name="limit"/> exceeds (the LimitRanger admission plugin refuses such a pod).</summary>
    private static (string Name, ResourceQuantity Max)? Tighter(IEnumerable<(Build.Kubernetes.KubernetesObject Item, V1LimitRange Model)> ranges, string resource, ResourceQuantity limit)
    {
        foreach (var (item, range) in ranges)
        {
            foreach (var entry in (range.Spec?.Limits ?? []).Where(entry => entry.Type == "Container"))
            {
                if (entry.Max is { } max && max.TryGetValue(resource, out var ceiling) && limit.ToDecimal() > ceiling.ToDecimal())
                {
                    return (item.Name, ceiling);
                }
            }
        }

        return null;
    }
}
