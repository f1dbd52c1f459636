using Build.Resources.Azure;

namespace Build.Validation.Rules.Network;

public sealed class FirewallPolicySettings : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("NET004", "Firewall: DNS proxy on, threat intelligence Deny", Severity.Error, RuleFamily.Network,
        "FQDN rules only work when the firewall resolves names for the spoke, and known-malicious destinations are blocked, not just logged: the baseline's policy enables the DNS proxy and sets threat intelligence to Deny.",
        ["Azure.Firewall.PolicyMode", "Azure.Firewall.Mode"]);

    public override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        foreach (var policy in input.Azure.FirewallPolicies)
        {
            checks.Check(policy.Resource.Subject, [Expect.Equal(policy.ThreatIntelMode, "Deny"), Expect.True(policy.DnsProxy)]);
        }

        foreach (var firewall in input.Azure.Firewalls)
        {
            checks.Check(firewall.Resource.Subject, !firewall.PolicyId.IsSet
                ? $"{firewall.PolicyId.Path} is not set: the firewall has no policy (rules, DNS proxy, threat intelligence)"
                : input.Azure.Find(firewall.PolicyId.Text) is null ? $"{firewall.PolicyId.Path} is {firewall.PolicyId.Shown}, a policy no deployment predicts" : null);
        }
    }
}
