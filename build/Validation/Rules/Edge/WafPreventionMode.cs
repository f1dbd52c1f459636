using Build.Resources.Azure;

namespace Build.Validation.Rules.Edge;

public sealed class WafPreventionMode : ResourceRule<WafPolicy>
{
    public override RuleDescriptor Descriptor { get; } = new("EDGE002", "WAF enabled in Prevention mode", Severity.Error, RuleFamily.Edge,
        "Detection mode only logs attacks while passing them to the backend: the baseline's WAF policy is enabled in Prevention mode.",
        ["Azure.AppGwWAF.Enabled", "Azure.AppGwWAF.PreventionMode", "Azure.AppGw.Prevention", "Azure.AppGw.WAFEnabled"]);

    protected override IEnumerable<WafPolicy> Targets(ValidationInput input) => input.Azure.OfType(ArmTypes.WafPolicy).Select(resource => new WafPolicy(resource));

    protected override IEnumerable<Problem?> Check(WafPolicy policy, ValidationInput input) =>
    [
        Expect.Equal(policy.State, "Enabled"),
        Expect.Equal(policy.Mode, "Prevention"),
    ];
}
