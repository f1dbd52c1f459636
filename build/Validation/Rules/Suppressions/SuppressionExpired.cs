using Build.Resources;
using Build.Validation.Suppressions;

namespace Build.Validation.Rules.Suppressions;

public sealed class SuppressionExpired : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("SUP001", "No expired suppression", Severity.Error, RuleFamily.Suppressions,
        "An exception to the baseline is decided for a time: once its date has passed, it no longer suppresses and must be renewed with a reason or removed with a fix.",
        ["Azure.Policy.WaiverExpiry"]);

    public override void Evaluate(ValidationInput input, RuleChecks checks)
    {
        foreach (var suppression in input.Suppressions)
        {
            checks.Check(Subject(suppression), suppression.IsExpired(input.Today)
                ? $"expired on {suppression.Expires:yyyy-MM-dd} (reason given: {suppression.Reason}); renew it with a reason or fix the finding"
                : null);
        }
    }

    public static Subject Subject(Suppression suppression) =>
        new($"suppression {suppression.Rule} {suppression.Target}", new SourceLocation(SuppressionFile.FileName, null, $"{suppression.Rule} {suppression.Target}", "module"));
}
