using Build.Resources.Azure;

namespace Build.Validation.Rules.Edge;

public sealed class EndToEndTls : GatewayRule
{
    public override RuleDescriptor Descriptor { get; } = new("EDGE006", "Backend over HTTPS with a trusted root (end-to-end TLS)", Severity.Error, RuleFamily.Edge,
        "Traffic stays encrypted from the gateway to Traefik, and the gateway verifies Traefik's certificate against the private root: the baseline's backend settings are HTTPS on 443 with a trusted root certificate and an HTTPS probe.",
        ["mspnp/aks-baseline: end-to-end TLS"]);

    protected override IEnumerable<Problem?> Check(ApplicationGateway gateway, ValidationInput input)
    {
        var probes = gateway.Probes.GroupBy(probe => probe["name"].Text ?? probe.Path, StringComparer.OrdinalIgnoreCase).ToDictionary(group => group.Key, group => group.First(), StringComparer.OrdinalIgnoreCase);
        foreach (var settings in gateway.BackendSettings)
        {
            yield return Expect.Equal(settings["properties.protocol"], "Https");
            yield return settings["properties.port"].Number == 443 ? null : $"{settings["properties.port"].Path} is {settings["properties.port"].Shown}, expected 443";
            yield return Expect.NotEmpty(settings["properties.trustedRootCertificates"], "the gateway would not verify the backend's certificate against the private root");
            var probeId = settings["properties.probe.id"].Text;
            var probe = probeId is null ? null : probes.GetValueOrDefault(probeId[(probeId.LastIndexOf('/') + 1)..]);
            yield return probe is null
                ? $"{settings["properties.probe.id"].Path} is {settings["properties.probe.id"].Shown}, expected a probe of the gateway"
                : Expect.Equal(probe["properties.protocol"], "Https");
        }
    }
}
