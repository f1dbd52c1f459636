using Build.Resources.Azure;

namespace Build.Validation.Rules.Edge;

public sealed class CertificatesFromKeyVault : GatewayRule
{
    public override RuleDescriptor Descriptor { get; } = new("EDGE008", "Gateway certificates read from Key Vault", Severity.Error, RuleFamily.Edge,
        "A certificate inlined in the template puts its private key and password in deployment history: the baseline's gateway reads its listener certificate and trusted root from Key Vault with a managed identity.",
        ["Azure.Deployment.SecureValue", "mspnp/aks-baseline: certificates in Key Vault"]);

    protected override IEnumerable<Problem?> Check(ApplicationGateway gateway, ValidationInput input)
    {
        yield return Expect.OneOf(gateway.Resource["identity.type"], "UserAssigned", "SystemAssigned", "SystemAssigned, UserAssigned");
        foreach (var certificate in gateway.SslCertificates.Concat(gateway.Resource["properties.trustedRootCertificates"].Items()))
        {
            yield return Expect.Set(certificate["properties.keyVaultSecretId"], "expected a Key Vault secret id");
            foreach (var inline in new[] { certificate["properties.data"], certificate["properties.password"] }.Where(value => value.IsSet))
            {
                yield return $"{inline.Path} is set: the certificate is inlined in the template";
            }
        }
    }
}
