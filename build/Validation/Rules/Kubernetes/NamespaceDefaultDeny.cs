using Build.Resources;
using Build.Resources.Workloads;
using k8s.Models;

namespace Build.Validation.Rules.Kubernetes;

public sealed class NamespaceDefaultDeny : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("K8S011", "Default-deny NetworkPolicy in every workload namespace", Severity.Error, RuleFamily.Kubernetes,
        "Pods talk only along paths someone wrote down: each namespace that runs workloads starts from a policy selecting every pod that denies all ingress and egress.",
        ["kube-score pod-networkpolicy", "Polaris missingNetworkPolicy"]);

    public override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        var policies = input.Kubernetes.Objects<V1NetworkPolicy>().ToList();
        foreach (var group in input.Kubernetes.Workloads.Where(workload => !input.Policy.Scope.Excludes(workload.Namespace)).GroupBy(workload => workload.Namespace, StringComparer.Ordinal))
        {
            var declared = input.Kubernetes.Objects<V1Namespace>().FirstOrDefault(pair => pair.Model.Metadata.Name == group.Key);
            var subject = declared.Item is { } item ? input.Kubernetes.Subject(item) : new Subject($"Namespace/-/{group.Key}", group.First().Source.Location);
            var denies = policies.Any(pair => pair.Item.Namespace == group.Key && DeniesAll(pair.Model));
            checks.Check(subject, denies ? null : $"has no NetworkPolicy selecting every pod (podSelector: {{}}) with policyTypes Ingress and Egress and no rules; {string.Join(", ", group.Select(workload => workload.Reference))} would accept any traffic");
        }
    }

    public static bool DeniesAll(V1NetworkPolicy policy) =>
        LabelSelectors.IsEmpty(policy.Spec.PodSelector)
        && (policy.Spec.PolicyTypes ?? []).Contains("Ingress") && (policy.Spec.PolicyTypes ?? []).Contains("Egress")
        && (policy.Spec.Ingress?.Count ?? 0) == 0 && (policy.Spec.Egress?.Count ?? 0) == 0;
}
