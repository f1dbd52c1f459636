namespace Build.Validation.Rules.Suppressions;

public sealed class SuppressionUnused : ReviewRule
{
    public override RuleDescriptor Descriptor { get; } = new("SUP002", "Every suppression matches a finding", Severity.Warning, RuleFamily.Suppressions,
        "A suppression that matches nothing (the finding was fixed, the rule or object renamed) would silently cover the next, different problem: remove it.",
        ["Azure.Policy.WaiverExpiry"]);

    public override void Review(ValidationInput input, IReadOnlyList<RuleCheck> earlier, RuleChecks checks)
    {
        var findings = earlier.SelectMany(check => check.Findings).ToList();
        var rules = earlier.Select(check => check.Rule.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var suppression in input.Suppressions.Where(suppression => !suppression.IsExpired(input.Today)))
        {
            checks.Check(SuppressionExpired.Subject(suppression), findings.Any(suppression.Matches)
                ? null
                : rules.Contains(suppression.Rule) || RuleCatalog.All.Any(rule => string.Equals(rule.Descriptor.Id, suppression.Rule, StringComparison.OrdinalIgnoreCase))
                    ? $"matches no finding of {suppression.Rule} on '{suppression.Target}': remove it"
                    : $"names rule {suppression.Rule}, which does not exist");
        }
    }
}
