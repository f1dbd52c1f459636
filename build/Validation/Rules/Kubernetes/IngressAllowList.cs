using Build.Kubernetes;
using Build.Kubernetes.Crds;
using k8s.Models;

namespace Build.Validation.Rules.Kubernetes;

public sealed class IngressAllowList : IngressRule
{
    public override RuleDescriptor Descriptor { get; } = new("K8S016", "App Gateway allow-list middleware on every Ingress", Severity.Error, RuleFamily.Kubernetes,
        "Traefik answers only App Gateway, so the WAF cannot be bypassed from inside the network: every router runs the ipAllowList middleware.",
        ["mspnp/aks-baseline: Traefik ipAllowList middleware"]);

    protected override IEnumerable<Problem?> Check(KubernetesObject item, V1Ingress ingress, ValidationInput input)
    {
        var allowLists = input.Kubernetes.Objects<TraefikMiddleware>()
            .Where(pair => pair.Model.Spec.IpAllowList?.SourceRange is { Count: > 0 })
            .Select(pair => pair.Model.ProviderReference)
            .ToHashSet(StringComparer.Ordinal);
        var named = Annotation(ingress, IngressRule.MiddlewaresAnnotation);
        var references = (named ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        yield return references.Any(allowLists.Contains)
            ? null
            : AnnotationProblem(input, item, IngressRule.MiddlewaresAnnotation, named, allowLists.Count == 0
                ? "a Middleware with spec.ipAllowList (none is declared)"
                : $"to name {string.Join(" or ", allowLists)}");
    }
}
