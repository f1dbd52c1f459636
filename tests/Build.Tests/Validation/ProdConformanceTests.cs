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
    public void Prod_validates_with_no_error_and_no_warning()
    {
        var findings = _result.Findings.Where(finding => finding.Severity != Severity.Note).ToList();

        Assert.That(findings.Select(finding => finding.ToString()), Is.Empty);
    }

    [Test]
    public void The_notes_are_the_seeds_scale_out_question_and_the_parameters_left_at_their_shipped_placeholders()
    {
        var notes = _result.Findings.Where(finding => finding.Severity == Severity.Note).ToList();

        Assert.That(notes.Select(finding => $"{finding.Rule.Id} {finding.Subject.Reference}"), Is.EqualTo(new[]
        {
            "IP002 virtualNetworks/vnet-spoke-eastus2/subnets/snet-cluster-nodes",
            "GOV015 param clusterAdminGroupObjectId",
            "GOV015 param workloadNamespaceReaderGroupObjectId",
            "GOV015 param authorizedIPRanges",
            "GOV015 param domainName",
            "GOV015 param alertContactEmails",
            "GOV015 param costBudget",
        }));
        Assert.That(notes[0].Message, Does.Contain("1019 usable").And.Contain("need 1612"));
    }

    [Test]
    public void Each_shipped_placeholder_is_a_note_at_its_line_saying_what_to_set_and_whether_Preflight_refuses_it()
    {
        var lines = File.ReadAllLines(Path.Combine(_prod.Root, "bicep/environments/prod/cluster.bicepparam"));
        string At(string text) => $"bicep/environments/prod/cluster.bicepparam:{Array.FindIndex(lines, line => line.Contains(text, StringComparison.Ordinal)) + 1}";
        const string refused = "is the shipped placeholder: Preflight refuses this: set it to";
        const string noted = "is the shipped example: Preflight lets it through, but set it to";

        var placeholders = _result.Findings.Where(finding => finding.Rule.Id == "GOV015").ToList();

        Assert.Multiple(() =>
        {
            Assert.That(placeholders.Select(finding => $"{finding.Location} {finding.Message[..finding.Message.IndexOf(" set it to", StringComparison.Ordinal)]} set it to"), Is.EqualTo(new[]
            {
                $"{At("param clusterAdminGroupObjectId")} param clusterAdminGroupObjectId: '00000000-0000-0000-0000-00000000a008' {refused}",
                $"{At("param workloadNamespaceReaderGroupObjectId")} param workloadNamespaceReaderGroupObjectId: '00000000-0000-0000-0000-00000000a009' {refused}",
                $"{At("param authorizedIPRanges")} param authorizedIPRanges: '203.0.113.0/24' {refused}",
                $"{At("param domainName")} param domainName: 'contoso.com' {noted}",
                $"{At("aks-baseline-operations@contoso.com")} param alertContactEmails: 'aks-baseline-operations@contoso.com' {noted}",
                $"{At("aks-baseline-owners@contoso.com")} param costBudget: 'aks-baseline-owners@contoso.com' {noted}",
            }));
            Assert.That(placeholders[0].Message, Does.EndWith("set it to the object id of your own Microsoft Entra group (az ad group show --group <name> --query id), then run ./build.sh --target=Snapshots"));
            Assert.That(placeholders.Select(finding => finding.Severity), Is.All.EqualTo(Severity.Note));
        });
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
