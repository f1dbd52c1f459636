using Build.Kubernetes.Crds;

namespace Build.Validation.Rules.Edge;

public sealed class TraefikSniStrict : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("EDGE010", "Traefik refuses handshakes for unknown host names (sniStrict)", Severity.Error, RuleFamily.Edge,
        "Without sniStrict Traefik completes a handshake for any host name, or none, with its default certificate, so anything that reaches the internal load balancer by address gets TLS and learns the certificate; App Gateway always sends the backend host name: every TLSOption keeps sniStrict true.",
        ["Traefik: TLSOption sniStrict", "mspnp/aks-baseline: Traefik TLSOption"]);

    public override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        foreach (var (item, option) in input.Kubernetes.Objects<TraefikTlsOption>())
        {
            checks.Check(input.Kubernetes.Subject(item), option.Spec.SniStrict == true
                ? null
                : new Problem($"spec.sniStrict is {(option.Spec.SniStrict is { } value ? value.ToString().ToLowerInvariant() : "not set (false)")}, expected true: Traefik would answer any host name with its default certificate", input.Kubernetes.Pointer(item).At("spec.sniStrict")));
        }
    }
}
