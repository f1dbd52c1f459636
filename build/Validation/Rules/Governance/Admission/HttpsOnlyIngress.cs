using k8s.Models;

namespace Build.Validation.Rules.Governance.Admission;

/// <summary>
/// "Kubernetes clusters should be accessible only over HTTPS" (1a5b4dca-0b6f-4cf5-907c-56316bc1bf3d), as its
/// constraint template k8sazureingresshttpsonly decides (Azure/azure-policy
/// built-in-references/Kubernetes/ingress-https-only/template.yaml): an Ingress (networking.k8s.io or extensions) is
/// refused unless spec.tls has an entry AND its annotation kubernetes.io/ingress.allow-http is "false". Definition
/// default effect: deny.
/// </summary>
public sealed class HttpsOnlyIngress : AdmissionPolicy
{
    public const string AllowHttpAnnotation = "kubernetes.io/ingress.allow-http";

    public override string Definition => BaselinePolicies.HttpsIngressOnly;

    public override string DefaultEffect => "deny";

    public override void Evaluate(AdmissionReview review, RuleChecks checks)
    {
        var view = review.Input.Kubernetes;
        foreach (var (item, ingress) in view.Objects<V1Ingress>().Where(pair => review.Scope.Matches(pair.Item.Namespace!, pair.Model.Metadata.Labels)))
        {
            var pointer = view.Pointer(item);
            var annotations = ingress.Metadata.Annotations ?? new Dictionary<string, string>();
            var allowHttp = annotations.TryGetValue(AllowHttpAnnotation, out var value) ? $"'{value}'" : "not set";
            checks.Check(view.Subject(item),
            [
                (ingress.Spec?.Tls?.Count ?? 0) > 0
                    ? null
                    : new Problem($"spec.tls is not set: {review.Title} refuses an Ingress without TLS at admission; give spec.tls an entry for its hosts{pointer.Origin("spec.tls")}", pointer.At("spec.tls")),
                value == "false"
                    ? null
                    : new Problem($"metadata.annotations['{AllowHttpAnnotation}'] is {allowHttp}: {review.Title} refuses an Ingress at admission unless it is \"false\" (with spec.tls); set {AllowHttpAnnotation}: \"false\"{pointer.Origin("metadata.annotations")}", pointer.At("metadata.annotations")),
            ]);
        }
    }
}
