using Build.Resources.Workloads;

namespace Build.Validation.Rules.Kubernetes;

public sealed class ContainerResources : WorkloadRule
{
    private static readonly string[] Settings = ["resources.requests.cpu", "resources.requests.memory", "resources.limits.cpu", "resources.limits.memory"];

    public override RuleDescriptor Descriptor { get; } = new("K8S001", "Requests and limits on every container", Severity.Error, RuleFamily.Kubernetes,
        "The scheduler places pods by their requests and the kubelet contains them by their limits; without both, one pod can starve the node: every baseline container declares CPU and memory requests and limits.",
        ["kube-score container-resources", "Polaris cpuRequestsMissing", "Polaris memoryRequestsMissing", "Polaris cpuLimitsMissing", "Polaris memoryLimitsMissing"]);

    protected override IEnumerable<Problem?> Check(Workload workload, ValidationInput input)
    {
        foreach (var container in workload.Containers)
        {
            var resources = container.Container.Resources;
            foreach (var setting in Settings)
            {
                var (kind, name) = (setting.Split('.')[1], setting.Split('.')[2]);
                var values = kind == "requests" ? resources?.Requests : resources?.Limits;
                yield return values is not null && values.ContainsKey(name) ? null : At(workload, container.Setting(setting), "is not set");
            }
        }
    }
}
