using System.Globalization;
using Build.Kubernetes;
using Build.Kubernetes.Crds;
using k8s.Models;

namespace Build.Validation.Rules.Kubernetes;

public sealed class IngressReferences : IngressRule
{
    public override RuleDescriptor Descriptor { get; } = new("K8S022", "What an Ingress names exists and Traefik watches it", Severity.Error, RuleFamily.Kubernetes,
        "Traefik drops a router whose middleware or TLS option it cannot find, and an Ingress in a namespace its provider does not watch is never seen: every middleware and TLS option an Ingress names is declared, its backend Service and port exist in its namespace, and Traefik's Ingress provider watches that namespace.",
        ["kube-score ingress-targets-service", "Traefik: router middlewares@kubernetescrd"]);

    protected override IEnumerable<Problem?> Check(KubernetesObject item, V1Ingress ingress, ValidationInput input)
    {
        var pointer = input.Kubernetes.Pointer(item);
        if (input.Kubernetes.Traefik is { } traefik && traefik.IngressNamespaces is { Count: > 0 } watched && !watched.Contains(item.Namespace!))
        {
            yield return new Problem($"is in {item.Namespace}, a namespace Traefik's Ingress provider does not watch ({string.Join(", ", watched)}; providers.kubernetesIngress.namespaces in {traefik.Values})", pointer.At("metadata.namespace"));
        }

        var middlewares = Annotation(ingress, MiddlewaresAnnotation);
        var declared = input.Kubernetes.Objects<TraefikMiddleware>().Select(pair => pair.Model.ProviderReference).ToHashSet(StringComparer.Ordinal);
        foreach (var reference in (middlewares ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Where(reference => !declared.Contains(reference)))
        {
            yield return new Problem($"metadata.annotations['{MiddlewaresAnnotation}'] names middleware '{reference}', which no Middleware declares (a Middleware is <namespace>-<name>@kubernetescrd; declared: {string.Join(", ", declared.Order(StringComparer.Ordinal))})", pointer.At("metadata.annotations"));
        }

        if (Annotation(ingress, TlsOptionsAnnotation) is { } option &&
            !input.Kubernetes.Objects<TraefikTlsOption>().Any(pair => pair.Model.Metadata.Name == option || $"{pair.Model.Metadata.NamespaceProperty}-{pair.Model.Metadata.Name}@kubernetescrd" == option))
        {
            yield return new Problem($"metadata.annotations['{TlsOptionsAnnotation}'] names TLS option '{option}', which no TLSOption declares", pointer.At("metadata.annotations"));
        }

        foreach (var backend in (ingress.Spec?.Rules ?? []).SelectMany(rule => rule.Http?.Paths ?? []).Select(path => path.Backend.Service).OfType<V1IngressServiceBackend>())
        {
            var service = input.Kubernetes.Objects<V1Service>().FirstOrDefault(pair => pair.Model.Metadata.Name == backend.Name && pair.Item.Namespace == item.Namespace).Model;
            var port = backend.Port;
            if (service is null || !(service.Spec?.Ports ?? []).Any(servicePort => port.Name is { } portName ? servicePort.Name == portName : servicePort.Port == port.Number))
            {
                yield return new Problem($"spec.rules routes to service {backend.Name} port {port.Name ?? port.Number?.ToString(CultureInfo.InvariantCulture)}, which no Service in {item.Namespace} declares", pointer.At("spec.rules"));
            }
        }
    }
}
