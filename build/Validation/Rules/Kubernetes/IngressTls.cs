using Build.Kubernetes;
using k8s.Models;

namespace Build.Validation.Rules.Kubernetes;

public sealed class IngressTls : IngressRule
{
    public const string SecureEntryPoint = "websecure";

    public override RuleDescriptor Descriptor { get; } = new("K8S015", "Ingress over TLS: websecure, TLS on, default TLS options", Severity.Error, RuleFamily.Kubernetes,
        "App Gateway re-encrypts to Traefik, so Traefik serves the host on its TLS entry point only, with the TLS options that hold it to TLS 1.2 and later: router.entrypoints websecure, router.tls true, router.tls.options default, spec.tls for every host.",
        ["mspnp/aks-baseline: end-to-end TLS"]);

    protected override IEnumerable<Problem?> Check(KubernetesObject item, V1Ingress ingress, ValidationInput input)
    {
        var entryPoints = Annotation(ingress, EntryPointsAnnotation);
        yield return entryPoints is not null && entryPoints.Split(',', StringSplitOptions.TrimEntries).All(entry => entry == SecureEntryPoint)
            ? null
            : AnnotationProblem(input, item, EntryPointsAnnotation, entryPoints, $"'{SecureEntryPoint}' only");
        var tls = Annotation(ingress, TlsAnnotation);
        yield return tls == "true" ? null : AnnotationProblem(input, item, TlsAnnotation, tls, "'true'");
        var options = Annotation(ingress, IngressRule.TlsOptionsAnnotation);
        yield return options is "default" || options?.EndsWith("-default@kubernetescrd", StringComparison.Ordinal) == true
            ? null
            : AnnotationProblem(input, item, IngressRule.TlsOptionsAnnotation, options, "'default' (the TLSOption that holds Traefik to TLS 1.2 and later)");

        var covered = (ingress.Spec?.Tls ?? []).SelectMany(tlsEntry => tlsEntry.Hosts ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var host in (ingress.Spec?.Rules ?? []).Select(rule => rule.Host ?? "*").Where(host => !covered.Contains(host)))
        {
            yield return new Problem($"spec.tls does not list host '{host}' of spec.rules: Traefik would serve it without TLS", input.Kubernetes.Pointer(item).At("spec.tls"));
        }
    }
}
