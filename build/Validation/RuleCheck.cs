using Build.Resources;

namespace Build.Validation;

/// <summary>One rule applied to one subject, with what it found (nothing when the subject passes): a JUnit test case.</summary>
public sealed record RuleCheck(RuleDescriptor Rule, Subject Subject, IReadOnlyList<Finding> Findings)
{
    public bool Passed => Findings.Count == 0;
}
