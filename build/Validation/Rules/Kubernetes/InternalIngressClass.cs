using Build.Kubernetes;
using k8s.Models;

namespace Build.Validation.Rules.Kubernetes;

public sealed class InternalIngressClass : IngressRule
{
    public const string ClassName = "traefik-internal";

    public override RuleDescriptor Descriptor { get; } = new("K8S014", "Ingress only through the traefik-internal class", Severity.Error, RuleFamily.Kubernetes,
        "The only way into the cluster is App Gateway, then Traefik's internal load balancer: every Ingress names the traefik-internal class, which no other controller serves.",
        ["mspnp/aks-baseline: traefik-internal ingress class"]);

    protected override IEnumerable<Problem?> Check(KubernetesObject item, V1Ingress ingress, ValidationInput input) =>
    [
        ingress.Spec?.IngressClassName == ClassName
            ? null
            : new Problem($"spec.ingressClassName is {(ingress.Spec?.IngressClassName is { } name ? $"'{name}'" : "not set")}, expected '{ClassName}'", input.Kubernetes.Pointer(item).At("spec.ingressClassName")),
    ];
}
