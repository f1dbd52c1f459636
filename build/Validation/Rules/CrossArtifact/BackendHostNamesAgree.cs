using Build.Infrastructure;
using Build.Resources.Azure;
using k8s.Models;

namespace Build.Validation.Rules.CrossArtifact;

public sealed class BackendHostNamesAgree : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("X003", "One backend host name everywhere", Severity.Error, RuleFamily.CrossArtifact,
        "App Gateway calls Traefik by name with SNI and verifies its certificate: the backend pool FQDN, the backend settings and probe host, the private DNS record, the Ingress host and the ingress certificate's SAN must all be the same name, or the backend is unhealthy.",
        ["mspnp/aks-baseline: bu0001a0008-00.aks-ingress.<domain>"]);

    public override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        var ingresses = input.Kubernetes.Objects<V1Ingress>().ToList();
        var records = input.Azure.DnsRecords.ToList();
        foreach (var gateway in input.Azure.ApplicationGateways)
        {
            checks.Check(gateway.Resource.Subject, Check(gateway, input, ingresses, records));
        }
    }

    private static IEnumerable<Problem?> Check(ApplicationGateway gateway, ValidationInput input, IReadOnlyList<(Build.Kubernetes.KubernetesObject Item, V1Ingress Model)> ingresses, IReadOnlyList<PrivateDnsRecord> records)
    {
        var expected = input.Output(OutputNames.BackendHostName) ?? gateway.BackendSettings.Select(settings => settings["properties.hostName"].Text).OfType<string>().FirstOrDefault();
        if (expected is null)
        {
            yield return "properties.backendHttpSettingsCollection names no hostName, and there is no backendHostName output: the gateway cannot send SNI";
            yield break;
        }

        bool Same(string? name) => string.Equals(name, expected, StringComparison.OrdinalIgnoreCase);
        foreach (var pool in gateway.BackendPools)
        {
            foreach (var address in pool["properties.backendAddresses"].Items("fqdn").Where(address => !Same(address["fqdn"].Text)))
            {
                yield return $"{address["fqdn"].Path} is {address["fqdn"].Shown}, expected '{expected}'";
            }
        }

        foreach (var settings in gateway.BackendSettings.Where(settings => !Same(settings["properties.hostName"].Text)))
        {
            yield return $"{settings["properties.hostName"].Path} is {settings["properties.hostName"].Shown}, expected '{expected}'";
        }

        foreach (var probe in gateway.Probes.Where(probe => !Same(probe["properties.host"].Text)))
        {
            yield return $"{probe["properties.host"].Path} is {probe["properties.host"].Shown}, expected '{expected}'";
        }

        yield return records.Any(record => Same(record.Fqdn))
            ? null
            : $"no private DNS A record answers '{expected}' (records: {string.Join(", ", records.Select(record => record.Fqdn).DefaultIfEmpty("none"))})";

        yield return input.Certificates.Ingress.Covers(expected)
            ? null
            : $"the ingress certificate covers {string.Join(", ", input.Certificates.Ingress.DnsNames)} ({input.Certificates.Ingress.Source}), not '{expected}'";

        if (!input.HasLayer)
        {
            yield break;
        }

        var hosts = ingresses.SelectMany(pair => (pair.Model.Spec?.Rules ?? []).Select(rule => (pair.Item, Host: rule.Host))).ToList();
        yield return hosts.Any(host => Same(host.Host))
            ? null
            : new Problem($"no Ingress serves '{expected}' (hosts: {string.Join(", ", hosts.Select(host => $"{host.Host} in {host.Item.Identity}").DefaultIfEmpty("none"))})",
                hosts.Count > 0 ? input.Kubernetes.Pointer(hosts[0].Item).At("spec.rules") : null);
    }
}
