using Build.Resources.Workloads;

namespace Build.Validation.Rules.Kubernetes;

public sealed class ReadOnlyRootFilesystem : WorkloadRule
{
    public override RuleDescriptor Descriptor { get; } = new("K8S004", "Read-only root filesystem", Severity.Error, RuleFamily.Kubernetes,
        "An attacker cannot drop tools into an immutable container; writable paths are explicit volumes. An image that must write to its root filesystem needs a suppression saying why.",
        ["kube-score container-security-context-readonlyrootfilesystem", "Polaris notReadOnlyRootFilesystem"]);

    protected override IEnumerable<Problem?> Check(Workload workload, ValidationInput input) =>
        workload.Containers.Select(container => container.Container.SecurityContext?.ReadOnlyRootFilesystem == true
            ? null
            : At(workload, container.Setting("securityContext.readOnlyRootFilesystem"), $"is {container.Container.SecurityContext?.ReadOnlyRootFilesystem?.ToString().ToLowerInvariant() ?? "not set"}, expected true"));
}
