using Build.Validation;
using Build.Validation.Reports;

namespace Build.Tests.Validation;

public sealed class EngineTests
{
    [Test]
    public void Rule_ids_are_a_family_prefix_and_three_digits_and_every_family_has_rules()
    {
        var ids = RuleCatalog.All.Select(rule => rule.Descriptor.Id).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(ids, Is.Unique);
            Assert.That(ids, Has.All.Matches(@"^[A-Z0-9]+[0-9]{3}$"));
            Assert.That(RuleFamily.All.Where(family => !RuleCatalog.Family(family).Any()), Is.Empty);
            Assert.That(ids.Where(id => id.Contains("SNAPSHOT", StringComparison.Ordinal)), Is.EqualTo(new[] { "SNAPSHOT001" }));
            Assert.That(RuleCatalog.All.Select(rule => rule.Descriptor).Where(rule => rule.Rationale.Length < 40 || rule.Anchors.Count == 0).Select(rule => rule.Id), Is.Empty, "every rule says why and what it corresponds to");
        });
    }

    [Test]
    public void A_rule_that_throws_is_reported_as_a_bug_in_that_rule()
    {
        using var prod = new ProdFixture();

        var exception = Assert.Throws<InvalidOperationException>(() => new RuleEngine([new Throwing()]).Evaluate(prod.Input()))!;

        Assert.That(exception.Message, Does.StartWith("Rule AKS999 failed while evaluating (KeyNotFoundException: boom)"));
    }

    [Test]
    public void The_committed_rule_list_is_current()
    {
        var committed = File.ReadAllText(Path.Combine(ProdFixture.RepositoryRoot, RulesMarkdown.RelativePath));

        Assert.That(committed, Is.EqualTo(RulesMarkdown.Render(RuleCatalog.All)), $"{RulesMarkdown.RelativePath} is out of date: run ./build.sh --target=Rules");
    }

    [Test]
    public void The_README_counts_the_rules_there_are()
    {
        var readme = File.ReadAllText(Path.Combine(ProdFixture.RepositoryRoot, "README.md"));

        Assert.That(readme, Does.Contain($"`Validate.Rules` runs {RuleCatalog.All.Count} rules"), "README.md's conformance paragraph names another number of rules");
    }

    private sealed class Throwing : Rule
    {
        public override RuleDescriptor Descriptor { get; } = new("AKS999", "throws", Severity.Error, RuleFamily.Aks, "a rule with a bug", ["none"]);

        public override void Evaluate(ValidationInput input, RuleChecks checks) => throw new KeyNotFoundException("boom");
    }
}
