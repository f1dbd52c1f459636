using Build.Resources.Azure;

namespace Build.Validation.Rules.Edge;

public sealed class CurrentManagedRuleSet : ResourceRule<WafPolicy>
{
    /// <summary>The oldest versions still current: Microsoft's default rule set 2.1 and OWASP CRS 3.2.</summary>
    private static readonly Dictionary<string, Version> Current = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Microsoft_DefaultRuleSet"] = new(2, 1),
        ["OWASP"] = new(3, 2),
    };

    public override RuleDescriptor Descriptor { get; } = new("EDGE003", "WAF on a current managed rule set", Severity.Error, RuleFamily.Edge,
        "Older rule sets miss current attack patterns and are retired: the WAF runs Microsoft's default rule set 2.1 (or OWASP CRS 3.2 and later).",
        ["Azure.AppGwWAF.RuleGroups", "Azure.AppGw.OWASP"]);

    protected override IEnumerable<WafPolicy> Targets(ValidationInput input) => input.Azure.OfType(ArmTypes.WafPolicy).Select(resource => new WafPolicy(resource));

    protected override IEnumerable<Problem?> Check(WafPolicy policy, ValidationInput input)
    {
        var sets = policy.ManagedRuleSets;
        var current = sets.Any(set => Current.TryGetValue(set["ruleSetType"].Text ?? string.Empty, out var minimum)
            && Version.TryParse(set["ruleSetVersion"].Text, out var version) && version >= minimum);
        yield return current
            ? null
            : $"properties.managedRules.managedRuleSets is [{string.Join(", ", sets.Select(set => $"{set["ruleSetType"].Text} {set["ruleSetVersion"].Text}"))}], expected Microsoft_DefaultRuleSet 2.1 or OWASP 3.2 and later";
    }
}
