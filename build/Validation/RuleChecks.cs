using Build.Resources;

namespace Build.Validation;

/// <summary>Collects what one rule checked and found. Checking a subject twice adds to the same check.</summary>
public sealed class RuleChecks(RuleDescriptor rule)
{
    private readonly List<(Subject Subject, List<Finding> Findings)> _checks = [];
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    public RuleDescriptor Rule { get; } = rule;

    /// <summary>Records that <paramref name="subject"/> was checked, with one finding per problem (null problems are passes).</summary>
    public void Check(Subject subject, IEnumerable<Problem?> problems)
    {
        var findings = Entry(subject);
        foreach (var problem in problems)
        {
            if (problem is not null)
            {
                findings.Add(new Finding(Rule, subject, $"{subject.Reference}: {problem.Message}", problem.Severity ?? Rule.Severity, problem.Location ?? subject.Location));
            }
        }
    }

    public void Check(Subject subject, Problem? problem) => Check(subject, [problem]);

    public void Pass(Subject subject) => Entry(subject);

    public IReadOnlyList<RuleCheck> Checks => _checks.Select(check => new RuleCheck(Rule, check.Subject, check.Findings)).ToList();

    private List<Finding> Entry(Subject subject)
    {
        if (_index.TryGetValue(subject.Reference, out var at))
        {
            return _checks[at].Findings;
        }

        _index.Add(subject.Reference, _checks.Count);
        _checks.Add((subject, []));
        return _checks[^1].Findings;
    }
}
