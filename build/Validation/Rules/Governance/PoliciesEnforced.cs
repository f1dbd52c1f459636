using Build.Resources.Azure;

namespace Build.Validation.Rules.Governance;

public sealed class PoliciesEnforced : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("GOV002", "Policies enforced with the strongest effect the built-in offers", Severity.Error, RuleFamily.Governance,
        "An audit only reports what a deny would have stopped: every baseline policy assigned to the cluster denies where its definition offers Deny, audits where it does not, and is not set to DoNotEnforce.",
        ["mspnp/aks-baseline: Azure Policy assignments"]);

    public override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        var clusters = input.Azure.Clusters.Select(cluster => cluster.Resource.Id).ToList();
        foreach (var assignment in input.Azure.PolicyAssignments.Where(assignment => clusters.Any(assignment.AppliesTo)))
        {
            if (BaselinePolicies.Find(assignment.Definition) is not { } policy)
            {
                continue;
            }

            var expected = policy.Strongest.ToString();
            checks.Check(assignment.Resource.Subject,
            [
                string.Equals(assignment.Effect.Text, expected, StringComparison.OrdinalIgnoreCase)
                    ? null
                    : $"{assignment.Effect.Path} is {assignment.Effect.Shown}, expected '{expected}' ({policy.Title}: the strongest effect the built-in offers)",
                assignment.IsEnforced ? null : $"{assignment.EnforcementMode.Path} is {assignment.EnforcementMode.Shown}, expected 'Default': the effect is not applied",
            ]);
        }
    }
}
