using Build.Kubernetes.Crds;
using Build.Resources;
using Build.Resources.Workloads;

namespace Build.Validation.Rules.CrossArtifact;

public sealed class AllowListMatchesGatewaySubnet : Rule
{
    private const string SecureEntryPoint = "websecure";

    public override RuleDescriptor Descriptor { get; } = new("X001", "Traefik's allow list is App Gateway's subnet", Severity.Error, RuleFamily.CrossArtifact,
        "Traefik trusts exactly the subnet App Gateway runs in, no wider (the WAF could be bypassed) and no narrower (App Gateway would be refused): the ipAllowList and the forwarded-headers trust equal the predicted App Gateway subnet prefix.",
        ["mspnp/aks-baseline: Traefik ipAllowList of the App Gateway subnet"]);

    public override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        var expected = input.Azure.ApplicationGateways.SelectMany(gateway => gateway.SubnetIds).Select(input.Azure.Subnet).OfType<Resources.Azure.Subnet>()
            .SelectMany(subnet => subnet.Prefixes).ToHashSet(StringComparer.Ordinal);
        if (expected.Count == 0)
        {
            return;
        }

        var shown = string.Join(", ", expected.Order(StringComparer.Ordinal));
        foreach (var (item, middleware) in input.Kubernetes.Objects<TraefikMiddleware>().Where(pair => pair.Model.Spec.IpAllowList is not null))
        {
            var ranges = middleware.Spec.IpAllowList!.SourceRange ?? [];
            checks.Check(input.Kubernetes.Subject(item), ranges.ToHashSet(StringComparer.Ordinal).SetEquals(expected)
                ? null
                : new Problem($"spec.ipAllowList.sourceRange is [{string.Join(", ", ranges)}], expected App Gateway's subnet [{shown}]", input.Kubernetes.Pointer(item).At("spec.ipAllowList.sourceRange")));
        }

        if (input.Kubernetes.Traefik is { } traefik)
        {
            // the chart turns ports.websecure.forwardedHeaders.trustedIPs into Traefik's static configuration
            const string Value = "ports.websecure.forwardedHeaders.trustedIPs";
            var trusted = traefik.TrustedIPs(SecureEntryPoint);
            checks.Check(new Subject($"{traefik.Item.Identity} entry point {SecureEntryPoint}", input.Kubernetes.Subject(traefik.Item).Location), trusted.ToHashSet(StringComparer.Ordinal).SetEquals(expected)
                ? null
                : new Problem($"--entryPoints.{SecureEntryPoint}.forwardedHeaders.trustedIPs is [{string.Join(", ", trusted)}], expected App Gateway's subnet [{shown}] ({Value} in {traefik.Values})", input.Kubernetes.ValuesAt(traefik.Item, Value)));
        }
    }
}
