using k8s.Models;

namespace Build.Validation.Rules.Kubernetes;

public sealed class RestrictedPodSecurity : Rule
{
    public const string EnforceLabel = "pod-security.kubernetes.io/enforce";

    public override RuleDescriptor Descriptor { get; } = new("K8S019", "Workload namespaces enforce the restricted Pod Security Standard", Severity.Warning, RuleFamily.Kubernetes,
        "The API server itself refuses pods that would run as root or privileged in the workload's namespaces, whatever a manifest says.",
        ["Kubernetes Pod Security Standards: restricted"]);

    public override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        var used = input.Kubernetes.Workloads.Where(workload => !input.Policy.Scope.Excludes(workload.Namespace)).Select(workload => workload.Namespace).ToHashSet(StringComparer.Ordinal);
        foreach (var (item, ns) in input.Kubernetes.Objects<V1Namespace>().Where(pair => used.Contains(pair.Model.Metadata.Name)))
        {
            var labels = ns.Metadata.Labels ?? new Dictionary<string, string>();
            checks.Check(input.Kubernetes.Subject(item), labels.TryGetValue(EnforceLabel, out var level) && level == "restricted"
                ? null
                : new Problem($"metadata.labels['{EnforceLabel}'] is {(level is null ? "not set" : $"'{level}'")}, expected 'restricted'", input.Kubernetes.Pointer(item).At("metadata.labels")));
        }
    }
}
