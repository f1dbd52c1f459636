using Build.Infrastructure;
using Build.Resources.Azure;

namespace Build.Validation.Rules.CrossArtifact;

public sealed class GatewayListenerMatchesCertificate : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("X004", "The listener's host is the gateway certificate's name", Severity.Error, RuleFamily.CrossArtifact,
        "Browsers reject a certificate for another name: the listener's host name equals the gatewayHostName output and the gateway certificate's SAN, and the listener and trusted root read the Key Vault certificates the outputs name.",
        ["mspnp/aks-baseline: bicycle.<domain> listener"]);

    public override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        foreach (var gateway in input.Azure.ApplicationGateways)
        {
            checks.Check(gateway.Resource.Subject, Check(gateway, input));
        }
    }

    private static IEnumerable<Problem?> Check(ApplicationGateway gateway, ValidationInput input)
    {
        var expected = input.Output(OutputNames.GatewayHostName);
        foreach (var listener in gateway.Listeners)
        {
            var host = listener["properties.hostName"];
            yield return expected is null || string.Equals(host.Text, expected, StringComparison.OrdinalIgnoreCase) ? null : $"{host.Path} is {host.Shown}, expected the gatewayHostName output '{expected}'";
            yield return host.Text is null || input.Certificates.Gateway.Covers(host.Text)
                ? null
                : $"{host.Path} is {host.Shown}, but the gateway certificate covers {string.Join(", ", input.Certificates.Gateway.DnsNames)} ({input.Certificates.Gateway.Source})";
        }

        foreach (var (certificates, output) in new[] { (gateway.SslCertificates, OutputNames.GatewayCertificateName), (gateway.Resource["properties.trustedRootCertificates"].Items().ToList(), OutputNames.IngressRootCertificateName) })
        {
            var name = input.Output(output);
            foreach (var secret in certificates.Select(certificate => certificate["properties.keyVaultSecretId"]).Where(secret => secret.IsSet && name is not null))
            {
                yield return secret.Text?.Contains($"secrets/{name}", StringComparison.Ordinal) == true || secret.Text?.Contains($"'{name}'", StringComparison.Ordinal) == true
                    ? null
                    : $"{secret.Path} is {secret.Shown}, which does not read the Key Vault certificate '{name}' ({output})";
            }
        }
    }
}
