using Build.Validation;

namespace Build.Tests.Validation;

/// <summary>The project's own prod environment, as committed, against every rule.</summary>
[Parallelizable(ParallelScope.Self)]
public sealed class ProdConformanceTests
{
    private ProdFixture _prod = null!;
    private ValidationResult _result = null!;

    [OneTimeSetUp]
    public void Validate()
    {
        _prod = new ProdFixture();
        _result = _prod.Validate();
    }

    [OneTimeTearDown]
    public void Clean() => _prod.Dispose();

    [Test]
    public void Prod_validates_with_no_error_and_no_warning_but_those_awaiting_the_bicep_fix()
    {
        var findings = _result.Findings.Where(finding => finding.Severity != Severity.Note).ToList();

        Assert.That(findings.Select(finding => finding.ToString()), Is.Empty);
    }

    [Test]
    public void The_only_note_is_the_seeds_scale_out_question_for_the_nodes_subnet()
    {
        var notes = _result.Findings.Where(finding => finding.Severity == Severity.Note).ToList();

        Assert.That(notes.Select(finding => $"{finding.Rule.Id} {finding.Subject.Reference}"), Is.EqualTo(new[] { "IP002 virtualNetworks/vnet-spoke-eastus2/subnets/snet-cluster-nodes" }));
        Assert.That(notes[0].Message, Does.Contain("1019 usable").And.Contain("need 1612"));
    }

    [Test]
    public void Every_rule_that_has_something_to_check_in_prod_checks_it()
    {
        var checkedRules = _result.Checks.Select(check => check.Rule.Id).ToHashSet();
        var silent = RuleCatalog.All.Select(rule => rule.Descriptor.Id).Where(id => !checkedRules.Contains(id));

        // drift is judged only with a prediction (Validate.Snapshots makes it), suppressions only exist when someone writes one
        Assert.That(silent, Is.EquivalentTo(new[] { "SNAPSHOT001", "SUP001", "SUP002" }));
    }
}
