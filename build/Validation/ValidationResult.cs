namespace Build.Validation;

/// <summary>What the rules found: every check (rule × subject), the findings that stand, and those a suppression covers.</summary>
public sealed record ValidationResult(IReadOnlyList<RuleDescriptor> Rules, IReadOnlyList<RuleCheck> Checks, IReadOnlyList<Finding> Findings, IReadOnlyList<SuppressedFinding> Suppressed)
{
    public IEnumerable<Finding> Errors => Findings.Where(finding => finding.Severity == Severity.Error);

    public bool Failed => Errors.Any();

    public bool IsSuppressed(Finding finding) => Suppressed.Any(suppressed => ReferenceEquals(suppressed.Finding, finding));

    /// <summary>A result of checks nobody suppresses (the snapshot drift report, say).</summary>
    public static ValidationResult Of(IReadOnlyList<RuleDescriptor> rules, IReadOnlyList<RuleCheck> checks) =>
        new(rules, checks, checks.SelectMany(check => check.Findings).ToList(), []);
}
