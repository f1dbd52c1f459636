using Build.Validation;

namespace Build.Tests.Validation;

/// <summary>
/// Every rule against its failing fixture: it fails, it alone fails, and its message names the broken setting. "Alone"
/// is judged against what prod as committed finds (its one note), so a finding prod already has is not the fixture's.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class RuleFixtureTests
{
    private static readonly Lazy<HashSet<string>> Baseline = new(() =>
    {
        using var prod = new ProdFixture();
        return prod.Validate().Findings.Select(Key).ToHashSet(StringComparer.Ordinal);
    });

    public static IEnumerable<TestCaseData> Cases() => FailingFixtures.All().Select(rule => new TestCaseData(rule).SetArgDisplayNames(rule.ToString()));

    [TestCaseSource(nameof(Cases))]
    public void The_failing_fixture_fails_with_that_rule_only_and_names_the_setting(RuleCase rule)
    {
        using var prod = new ProdFixture();
        rule.Apply(prod);

        var result = prod.Validate();

        var failing = result.Findings.Where(finding => (finding.Severity != Severity.Note || finding.Rule.Id == rule.RuleId) && !Baseline.Value.Contains(Key(finding))).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(failing.Select(finding => finding.Rule.Id).Distinct().Order(), Is.EqualTo(rule.Also.Prepend(rule.RuleId).Order()), string.Join("\n", failing));
            Assert.That(failing.Select(finding => finding.Message), Has.Some.Contains(rule.Names), string.Join("\n", failing));
        });
    }

    /// <summary>A finding by rule, severity and message (an edited snapshot is rewritten, so lines move).</summary>
    private static string Key(Finding finding) => $"{finding.Rule.Id} {finding.Severity} {finding.Message}";

    [Test]
    public void Every_rule_has_a_failing_fixture()
    {
        Assert.That(FailingFixtures.All().Select(rule => rule.RuleId), Is.EquivalentTo(RuleCatalog.All.Select(rule => rule.Descriptor.Id)));
    }
}
