using Build.Kubernetes;
using k8s.Models;

namespace Build.Validation.Rules.Kubernetes;

public sealed class InternalIngressClass : IngressRule
{
    public const string ClassName = "traefik-internal";

    public override RuleDescriptor Descriptor { get; } = new("K8S014", "Ingress only through the traefik-internal class, which Traefik serves", Severity.Error, RuleFamily.Kubernetes,
        "The only way into the cluster is App Gateway, then Traefik's internal load balancer: every Ingress names the traefik-internal class, which no other controller serves, and Traefik as its chart renders it serves that class (its Ingress provider's class and an IngressClass for its controller); an Ingress of any other class is never routed.",
        ["mspnp/aks-baseline: traefik-internal ingress class", "kube-score ingress-targets-service"]);

    protected override IEnumerable<Problem?> Check(KubernetesObject item, V1Ingress ingress, ValidationInput input)
    {
        var name = ingress.Spec?.IngressClassName;
        var at = input.Kubernetes.Pointer(item).At("spec.ingressClassName");
        if (name != ClassName)
        {
            yield return new Problem($"spec.ingressClassName is {(name is null ? "not set" : $"'{name}'")}, expected '{ClassName}'", at);
            yield break;
        }

        if (input.Kubernetes.Traefik is not { } traefik)
        {
            yield break;
        }

        var declared = input.Kubernetes.Objects<V1IngressClass>().Any(pair => pair.Model.Metadata.Name == name && pair.Model.Spec?.Controller == TraefikDeployment.ControllerName);
        yield return traefik.IngressClass == name && declared
            ? null
            : new Problem($"spec.ingressClassName is '{name}', but Traefik ({traefik.Chart}) serves {(traefik.IngressClass is { } served ? $"'{served}'" : "no class")}{(declared ? string.Empty : $" and no IngressClass '{name}' names its controller {TraefikDeployment.ControllerName}")} (ingressClass.name and providers.kubernetesIngress.ingressClass in {traefik.Values})", at);
    }
}
