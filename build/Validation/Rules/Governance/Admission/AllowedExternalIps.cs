using k8s.Models;

namespace Build.Validation.Rules.Governance.Admission;

/// <summary>
/// "Kubernetes cluster services should only use allowed external IPs" (d46c275d-1680-448d-b2ec-e495a3b6cc89), as its
/// constraint template k8sazureexternalips decides (Azure/azure-policy
/// built-in-references/Kubernetes/allowed-external-ips/template.yaml): a Service is refused when spec.externalIPs holds
/// an address its <c>allowedExternalIPs</c> does not (an empty list allows none: CVE-2020-8554). Definition default
/// effect: audit; default allowedExternalIPs: [].
/// </summary>
public sealed class AllowedExternalIps : AdmissionPolicy
{
    private const string Parameter = "allowedExternalIPs";

    public override string Definition => BaselinePolicies.AllowedExternalIps;

    public override string DefaultEffect => "audit";

    public override void Evaluate(AdmissionReview review, RuleChecks checks)
    {
        var allowedValue = review.Assignment.Parameter(Parameter);
        if (AdmissionScope.IsUnresolved(allowedValue))
        {
            return;
        }

        var allowed = allowedValue.Strings.ToHashSet(StringComparer.Ordinal);
        var view = review.Input.Kubernetes;
        foreach (var (item, service) in view.Objects<V1Service>().Where(pair => review.Scope.Matches(pair.Item.Namespace!, pair.Model.Metadata.Labels)))
        {
            var forbidden = (service.Spec?.ExternalIPs ?? []).Where(ip => !allowed.Contains(ip)).ToList();
            var pointer = view.Pointer(item);
            checks.Check(view.Subject(item), forbidden.Count == 0
                ? null
                : new Problem($"spec.externalIPs has {string.Join(", ", forbidden)}, which {review.Title} does not allow ({allowedValue.Path} is {(allowed.Count == 0 ? "[]: none allowed" : allowedValue.Shown)}): the cluster refuses the Service at admission; remove it from spec.externalIPs, or add it to {Parameter} in {review.PolicyFile}{pointer.Origin("spec.externalIPs")}", pointer.At("spec.externalIPs")));
        }
    }
}
