using Build.Validation.Rules.Governance.Admission;

namespace Build.Validation.Rules.Governance;

public sealed class LayerPassesAdmission : Rule
{
    /// <summary>
    /// The Deny admission policies no other rule judges, each evaluated as its Gatekeeper template decides. The others
    /// are judged by the rules that hold the layer to the same values: the restricted initiative by K8S003 and K8S019,
    /// internal load balancers by K8S018, read-only root filesystems by K8S004, container limits by K8S001, allowed
    /// images by K8S006 (and GOV014 holds those assignments to cluster-policy.json).
    /// </summary>
    private static readonly IReadOnlyList<AdmissionPolicy> Policies = [new HttpsOnlyIngress(), new NoDefaultNamespace(), new AllowedExternalIps(), new AllowedHostPaths()];

    public override RuleDescriptor Descriptor { get; } = new("GOV013", "The layer passes the cluster's admission policies", Severity.Error, RuleFamily.Governance,
        "What Deploy applies must get past Gatekeeper, or the first kubectl apply is refused (or a rollout never gets its Pods): every object the cluster's enforced Deny assignments reach — with their own excluded namespaces, namespaces and allowed lists as the prediction resolves them — passes HTTPS-only ingress (spec.tls and kubernetes.io/ingress.allow-http: \"false\"), the default-namespace ban (Pods, Services, ServiceAccounts), allowed external IPs and allowed host paths, decided as each built-in's constraint template decides.",
        ["Azure Policy: Kubernetes clusters should be accessible only over HTTPS", "Azure Policy: Kubernetes clusters should not use the default namespace", "Azure Policy: Kubernetes cluster services should only use allowed external IPs", "Azure Policy: Kubernetes cluster pod hostPath volumes should only use allowed host paths"]);

    public override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        var clusters = input.Azure.Clusters.Select(cluster => cluster.Resource.Id).ToList();

        // the layer is one: assignments of one policy with the same parameters refuse the same objects, so each such
        // set is judged once (the engine stays linear however many clusters and assignments an input holds)
        var judged = new HashSet<string>(StringComparer.Ordinal);
        foreach (var assignment in input.Azure.PolicyAssignments.Where(assignment => assignment.IsEnforced && clusters.Any(assignment.AppliesTo)))
        {
            if (!judged.Add($"{assignment.Definition.ToLowerInvariant()}|{assignment.Resource["properties.parameters"].Node?.ToJsonString()}"))
            {
                continue;
            }

            if (Policies.FirstOrDefault(policy => string.Equals(policy.Definition, assignment.Definition, StringComparison.OrdinalIgnoreCase)) is not { } policy)
            {
                continue;
            }

            // an effect or a scope known only at deployment is not guessed: the assignment is not evaluated offline
            var effect = assignment.Effect.IsSet ? assignment.Effect.Text : policy.DefaultEffect;
            if (AdmissionScope.IsUnresolved(assignment.Effect) || !string.Equals(effect, "deny", StringComparison.OrdinalIgnoreCase)
                || AdmissionScope.Of(assignment, policy.DefaultNamespaces) is not { } scope)
            {
                continue;
            }

            policy.Evaluate(new AdmissionReview(policy, assignment, scope, input), checks);
        }
    }
}
