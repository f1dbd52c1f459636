using Build.Kubernetes.Crds;
using Build.Resources;

namespace Build.Validation.Rules.Edge;

public sealed class TraefikTlsOptions : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("EDGE009", "Traefik: TLS 1.2 or later with forward-secret AEAD suites", Severity.Error, RuleFamily.Edge,
        "The gateway-to-Traefik hop is held to the same standard as the public listener: the default TLSOption allows TLS 1.2 and 1.3 only, with ECDHE and AES-GCM or ChaCha20 suites.",
        ["mspnp/aks-baseline: Traefik TLSOption"]);

    public override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        var options = input.Kubernetes.Objects<TraefikTlsOption>().ToList();
        if (input.Kubernetes.Traefik is { } traefik && !options.Any(option => option.Model.Metadata.Name == "default"))
        {
            checks.Check(new Subject($"TLSOption/{traefik.Item.Namespace}/default", input.Kubernetes.Subject(traefik.Item).Location),
                "is not declared: Traefik's own defaults (TLS 1.2 with CBC suites) apply to every router");
        }

        foreach (var (item, option) in options)
        {
            var pointer = input.Kubernetes.Pointer(item);
            checks.Check(input.Kubernetes.Subject(item),
            [
                option.Spec.MinVersion is "VersionTLS12" or "VersionTLS13"
                    ? null
                    : new Problem($"spec.minVersion is {option.Spec.MinVersion ?? "not set"}, expected VersionTLS12 or VersionTLS13", pointer.At("spec.minVersion")),
                .. (option.Spec.CipherSuites ?? []).Where(suite => !Strong(suite))
                    .Select(suite => (Problem?)new Problem($"spec.cipherSuites contains {suite}, expected ECDHE suites with AES-GCM or ChaCha20 only", pointer.At("spec.cipherSuites"))),
            ]);
        }
    }

    private static bool Strong(string name) =>
        name.StartsWith("TLS_ECDHE_", StringComparison.Ordinal) && (name.Contains("_GCM_", StringComparison.Ordinal) || name.Contains("CHACHA20", StringComparison.Ordinal))
        || name is "TLS_AES_128_GCM_SHA256" or "TLS_AES_256_GCM_SHA384" or "TLS_CHACHA20_POLY1305_SHA256";
}
