namespace Build.Certificates;

/// <summary>
/// Makes, keeps, renews or takes in the environment's three certificates: the root CA, the App Gateway
/// listener certificate (PFX) and Traefik's wildcard (PEM). Idempotent: a valid certificate is left byte for
/// byte; one within <see cref="RenewalWindow"/> of expiry, for other host names, from another root or of
/// another key type is renewed. Nothing is written unless every certificate is accepted.
/// </summary>
public sealed class CertificateGenerator(TimeProvider clock)
{
    public static readonly TimeSpan RenewalWindow = TimeSpan.FromDays(30);

    public CertificateGenerator()
        : this(TimeProvider.System)
    {
    }

    /// <param name="passwordVariable">The value of <c>GATEWAY_PFX_PASSWORD</c>, or null when it is not set.</param>
    public IReadOnlyList<CertificateOutcome> Generate(CertificateGenerationOptions options, string? passwordVariable)
    {
        options.Validate();
        var now = clock.GetUtcNow();
        var writes = new PendingWrites();
        using var root = RootCertificateStep.Decide(options, now, writes);
        var gateway = GatewayCertificateStep.Decide(options, root, passwordVariable, now, writes);
        var ingress = IngressCertificateStep.Decide(options, root, now, writes);
        writes.Apply(options.Files.Directory);
        return [root.Outcome, gateway, ingress];
    }
}
