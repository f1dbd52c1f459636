using Build.Infrastructure;

namespace Build.Validation.Rules.CrossArtifact;

public sealed class DnsRecordPointsToTraefik : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("X009", "The backend's DNS record points at Traefik's internal IP", Severity.Error, RuleFamily.CrossArtifact,
        "App Gateway resolves the backend name in the private zone: the A record's address is the static address Traefik's internal load balancer asks for.",
        ["mspnp/aks-baseline: private DNS zone for the ingress"]);

    public override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        var address = input.Kubernetes.TraefikService?.Address;
        var zone = input.Output(OutputNames.IngressDomain);
        if (address is null || zone is null)
        {
            return;
        }

        foreach (var record in input.Azure.DnsRecords.Where(record => string.Equals(record.Zone, zone, StringComparison.OrdinalIgnoreCase)))
        {
            checks.Check(record.Resource.Subject, record.Addresses.SequenceEqual([address])
                ? null
                : $"properties.aRecords is [{string.Join(", ", record.Addresses)}], expected Traefik's internal IP [{address}]");
        }
    }
}
