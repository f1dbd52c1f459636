using Build.Resources.Workloads;

namespace Build.Validation.Rules.Kubernetes;

public sealed class InternalLoadBalancers : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("K8S018", "Traefik's Service is an internal load balancer (and no Service is public)", Severity.Error, RuleFamily.Kubernetes,
        "The cluster has no public entry of its own: Traefik is reached on a private address in the ingress subnet, by App Gateway only, and every LoadBalancer Service is internal.",
        ["mspnp/aks-baseline: internal load balancer for Traefik"]);

    public override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        var traefik = input.Kubernetes.TraefikService;
        foreach (var service in input.Kubernetes.Services)
        {
            var isTraefik = service == traefik;
            if (!service.IsLoadBalancer && !isTraefik)
            {
                continue;
            }

            checks.Check(service.Subject,
            [
                service.IsLoadBalancer ? null : new Problem($"{KubernetesService.TypeSetting} is '{service.Type}', expected 'LoadBalancer' (internal) so App Gateway can reach Traefik{service.Source.Origin(KubernetesService.TypeSetting)}", service.Source.At(KubernetesService.TypeSetting)),
                !service.IsLoadBalancer || service.IsInternal
                    ? null
                    : new Problem($"{KubernetesService.AnnotationsSetting}['{KubernetesService.InternalAnnotation}'] is {(service.Annotations.TryGetValue(KubernetesService.InternalAnnotation, out var value) ? $"'{value}'" : "not set")}, expected 'true': the Service would get a public IP{service.Source.Origin(KubernetesService.AnnotationsSetting)}",
                        service.Source.At(KubernetesService.AnnotationsSetting)),
            ]);
        }
    }
}
