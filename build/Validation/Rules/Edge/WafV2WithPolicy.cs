using Build.Resources.Azure;

namespace Build.Validation.Rules.Edge;

public sealed class WafV2WithPolicy : GatewayRule
{
    public override RuleDescriptor Descriptor { get; } = new("EDGE001", "App Gateway WAF_v2 with a WAF policy", Severity.Error, RuleFamily.Edge,
        "Every request from the internet passes a web application firewall before it reaches the cluster: the baseline's gateway is WAF_v2 with a WAF policy attached.",
        ["Azure.AppGw.UseWAF", "Azure.AppGw.MigrateV2"]);

    protected override IEnumerable<Problem?> Check(ApplicationGateway gateway, ValidationInput input) =>
    [
        Expect.Equal(gateway.Tier, "WAF_v2"),
        !gateway.FirewallPolicyId.IsSet
            ? $"{gateway.FirewallPolicyId.Path} is not set: no WAF policy protects the listener"
            : input.Azure.Find(gateway.FirewallPolicyId.Text) is null ? $"{gateway.FirewallPolicyId.Path} is {gateway.FirewallPolicyId.Shown}, a WAF policy no deployment predicts" : null,
    ];
}
