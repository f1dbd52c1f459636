using Build.Resources.Workloads;

namespace Build.Validation.Rules.Kubernetes;

public sealed class PinnedImages : WorkloadRule
{
    public override RuleDescriptor Descriptor { get; } = new("K8S005", "Images pinned to a tag or digest (never latest)", Severity.Error, RuleFamily.Kubernetes,
        "What runs is what was tested and imported, and a rollback gets the old version back: every image names a fixed tag or a digest.",
        ["kube-score container-image-tag", "Polaris tagNotSpecified"]);

    protected override bool HoldsInSystemNamespaces => true;

    protected override IEnumerable<Problem?> Check(Workload workload, ValidationInput input) =>
        workload.Containers.Select(container => ImageReference.Parse(container.Container.Image ?? string.Empty).IsPinned
            ? null
            : At(workload, container.Setting("image"), $"is '{container.Container.Image}', which pins no version ('latest' does not count)"));
}
