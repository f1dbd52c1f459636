using Build.Resources.Azure;

namespace Build.Validation.Rules.Edge;

public sealed class MinimumTls12 : GatewayRule
{
    /// <summary>Predefined policies whose minimum protocol is TLS 1.2.</summary>
    private static readonly string[] Tls12Policies = ["AppGwSslPolicy20170401S", "AppGwSslPolicy20220101", "AppGwSslPolicy20220101S"];

    public override RuleDescriptor Descriptor { get; } = new("EDGE004", "App Gateway SSL policy: minimum TLS 1.2", Severity.Error, RuleFamily.Edge,
        "TLS 1.0 and 1.1 are broken and no longer allowed by PCI DSS: the baseline's listener accepts TLS 1.2 and later only.",
        ["Azure.AppGw.SSLPolicy"]);

    protected override IEnumerable<Problem?> Check(ApplicationGateway gateway, ValidationInput input)
    {
        var policy = gateway.SslPolicy;
        if (!policy.IsSet)
        {
            yield return $"{policy.Path} is not set: the gateway's default policy is chosen by Azure, expected a policy with minimum TLS 1.2";
            yield break;
        }

        var type = policy["policyType"];
        yield return string.Equals(type.Text, "Predefined", StringComparison.OrdinalIgnoreCase)
            ? Expect.OneOf(policy["policyName"], Tls12Policies)
            : Expect.OneOf(policy["minProtocolVersion"], "TLSv1_2", "TLSv1_3");
    }
}
