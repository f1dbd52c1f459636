namespace Build.Validation;

/// <summary>
/// Runs rules over an input: every <see cref="Rule"/>, then every <see cref="ReviewRule"/> over their checks;
/// then applies the suppressions that have not expired. A rule that throws is a bug in the rule, reported as such.
/// </summary>
public sealed class RuleEngine(IReadOnlyList<IRule> rules)
{
    public static RuleEngine Default { get; } = new(RuleCatalog.All);

    public IReadOnlyList<IRule> Rules { get; } = rules;

    public ValidationResult Evaluate(ValidationInput input)
    {
        var checks = new List<RuleCheck>();
        foreach (var rule in Rules.OfType<Rule>())
        {
            checks.AddRange(Run(rule, checks => rule.Evaluate(input, checks)));
        }

        var earlier = checks.ToList();
        foreach (var rule in Rules.OfType<ReviewRule>())
        {
            checks.AddRange(Run(rule, checks => rule.Review(input, earlier, checks)));
        }

        var active = new List<Finding>();
        var suppressed = new List<SuppressedFinding>();
        var valid = input.Suppressions.Where(suppression => !suppression.IsExpired(input.Today)).ToList();
        foreach (var finding in checks.SelectMany(check => check.Findings))
        {
            if (valid.FirstOrDefault(suppression => suppression.Matches(finding)) is { } suppression)
            {
                suppressed.Add(new SuppressedFinding(finding, suppression));
            }
            else
            {
                active.Add(finding);
            }
        }

        return new ValidationResult(Rules.Select(rule => rule.Descriptor).ToList(), checks, active, suppressed);
    }

    private static IReadOnlyList<RuleCheck> Run(IRule rule, Action<RuleChecks> evaluate)
    {
        var checks = new RuleChecks(rule.Descriptor);
        try
        {
            evaluate(checks);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            throw new InvalidOperationException($"Rule {rule.Descriptor.Id} failed while evaluating ({exception.GetType().Name}: {exception.Message}): a bug in build/Validation/Rules, not in the templates.", exception);
        }

        return checks.Checks;
    }
}
