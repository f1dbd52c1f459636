using Build.Validation;

namespace Build.Tests.Validation;

/// <summary>Every rule against its failing fixture: it fails, it alone fails, and its message names the broken setting.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class RuleFixtureTests
{
    public static IEnumerable<TestCaseData> Cases() => FailingFixtures.All().Select(rule => new TestCaseData(rule).SetArgDisplayNames(rule.ToString()));

    [TestCaseSource(nameof(Cases))]
    public void The_failing_fixture_fails_with_that_rule_only_and_names_the_setting(RuleCase rule)
    {
        using var prod = new ProdFixture();
        rule.Apply(prod);

        var result = prod.Validate();

        var failing = result.Findings.Where(finding => finding.Severity != Severity.Note || finding.Rule.Id == rule.RuleId).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(failing.Select(finding => finding.Rule.Id).Distinct(), Is.EqualTo(new[] { rule.RuleId }), string.Join("\n", failing));
            Assert.That(failing.Select(finding => finding.Message), Has.Some.Contains(rule.Names), string.Join("\n", failing));
        });
    }

    [Test]
    public void Every_rule_has_a_failing_fixture()
    {
        Assert.That(FailingFixtures.All().Select(rule => rule.RuleId), Is.EquivalentTo(RuleCatalog.All.Select(rule => rule.Descriptor.Id)));
    }
}
