using Build.Infrastructure;
using Build.Resources.Azure;

namespace Build.Validation.Rules.Governance;

public sealed class WorkloadNamespaceUnderAdmission : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("GOV004", "The workload namespace is under the deny policies", Severity.Error, RuleFamily.Governance,
        "Excluding the workload's namespace from a deny policy switches it off where it matters: only the namespaces Azure owns are excluded, and from the restricted initiative also Traefik's, whose chart cannot meet it (the namespace's restricted Pod Security Standard label, K8S019, holds there).",
        ["mspnp/aks-baseline: Azure Policy assignments", "Kubernetes Pod Security Standards: restricted"]);

    public override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        if (input.Output(OutputNames.WorkloadNamespace) is not { } workloadNamespace)
        {
            return;
        }

        var clusters = input.Azure.Clusters.Select(cluster => cluster.Resource.Id).ToList();
        foreach (var assignment in input.Azure.PolicyAssignments.Where(assignment => clusters.Any(assignment.AppliesTo)))
        {
            if (BaselinePolicies.Find(assignment.Definition) is not { Admission: true, Strongest: PolicyEffect.Deny } policy || policy.Definition == BaselinePolicies.NoDefaultNamespace)
            {
                continue;
            }

            checks.Check(assignment.Resource.Subject, Check(assignment, policy, workloadNamespace, input));
        }
    }

    private static IEnumerable<Problem?> Check(PolicyAssignment assignment, BaselinePolicy policy, string workloadNamespace, ValidationInput input)
    {
        // Traefik's chart cannot meet the restricted initiative (its CSI volume, no fsGroup): its namespace may be
        // excluded from that one, and K8S019 holds it to the restricted Pod Security Standard instead.
        var chartNamespace = policy.Definition == BaselinePolicies.RestrictedPodSecurity ? input.Output(OutputNames.TraefikNamespace) : null;
        var excluded = assignment.Parameter("excludedNamespaces");
        if (excluded.Strings.Contains(workloadNamespace, StringComparer.Ordinal) && workloadNamespace != chartNamespace)
        {
            yield return $"{excluded.Path} excludes '{workloadNamespace}', the workload namespace: its pods are not checked at admission ({policy.Title})";
        }

        var included = assignment.Parameter("namespaces");
        if (included.Count > 0 && !included.Strings.Contains(workloadNamespace, StringComparer.Ordinal))
        {
            yield return $"{included.Path} is {included.Shown}, which leaves out '{workloadNamespace}', the workload namespace ({policy.Title})";
        }
    }
}
