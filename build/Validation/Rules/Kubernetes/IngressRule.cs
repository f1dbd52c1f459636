using Build.Kubernetes;
using k8s.Models;

namespace Build.Validation.Rules.Kubernetes;

/// <summary>A rule over every Ingress of the manifests; annotations are named the way messages show them.</summary>
public abstract class IngressRule : Rule
{
    public const string EntryPointsAnnotation = "traefik.ingress.kubernetes.io/router.entrypoints";
    public const string TlsAnnotation = "traefik.ingress.kubernetes.io/router.tls";
    public const string MiddlewaresAnnotation = "traefik.ingress.kubernetes.io/router.middlewares";
    public const string TlsOptionsAnnotation = "traefik.ingress.kubernetes.io/router.tls.options";

    public sealed override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        foreach (var (item, ingress) in input.Kubernetes.Objects<V1Ingress>())
        {
            checks.Check(input.Kubernetes.Subject(item), Check(item, ingress, input));
        }
    }

    protected abstract IEnumerable<Problem?> Check(KubernetesObject item, V1Ingress ingress, ValidationInput input);

    protected static string? Annotation(V1Ingress ingress, string name) =>
        ingress.Metadata.Annotations is { } annotations && annotations.TryGetValue(name, out var value) ? value : null;

    protected static Problem AnnotationProblem(ValidationInput input, KubernetesObject item, string name, string? actual, string expected) =>
        new($"metadata.annotations['{name}'] is {(actual is null ? "not set" : $"'{actual}'")}, expected {expected}", input.Kubernetes.Pointer(item).At("metadata.annotations"));
}
