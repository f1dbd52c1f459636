using Build.Infrastructure;
using Build.Validation;

namespace Build.Tests.Validation;

/// <summary>
/// The passing fixtures the prod environment does not provide by itself: no drift, parameters set for a real
/// deployment, and a suppression that is current and used. (Every other rule's passing fixture is prod: see <see cref="ProdConformanceTests"/>.)
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class PassingFixtureTests
{
    [Test]
    public void Snapshots_without_drift_pass_one_check_per_deployment()
    {
        using var prod = new ProdFixture();
        prod.Snapshots = new SnapshotVerdict(Stage.All.Select(stage => (stage, $"bicep/environments/prod/{stage.Name}.snapshot.json")).ToList(), []);

        var result = prod.Validate();

        var checks = result.Checks.Where(check => check.Rule.Id == "SNAPSHOT001").ToList();
        Assert.That(checks.Select(check => check.Subject.Reference), Is.EqualTo(new[]
        {
            "bicep/environments/prod/hub.snapshot.json", "bicep/environments/prod/spoke.snapshot.json", "bicep/environments/prod/cluster.snapshot.json",
        }));
        Assert.That(checks.SelectMany(check => check.Findings), Is.Empty);
    }

    [Test]
    public void With_issue_18s_cluster_template_Traefiks_identity_reads_its_certificate_and_the_budget_starts_on_a_fixed_date()
    {
        using var prod = new ProdFixture();

        var result = prod.Validate();

        var checks = result.Checks.Where(check => check.Rule.Id is "X012" or "REDEPLOY001").ToList();
        Assert.That(checks.Select(check => check.Subject.Reference), Does.Contain("SecretProviderClass/a0008/ingress-certificate").And.Contain("budgets/budget-rg-bu0001a0008"));
        Assert.That(checks.SelectMany(check => check.Findings), Is.Empty);
    }

    [Test]
    public void Parameters_set_for_a_real_deployment_leave_no_placeholder_note()
    {
        using var prod = new ProdFixture();
        const string parameters = "bicep/environments/prod/cluster.bicepparam";
        prod.Edit(parameters, "'00000000-0000-0000-0000-00000000a008'", "'3f2a9c1e-5b7d-4e8a-9c0f-1d2e3f4a5b6c'");
        prod.Edit(parameters, "'00000000-0000-0000-0000-00000000a009'", "'7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f'");
        prod.Edit(parameters, "'203.0.113.0/24'", "'20.42.0.0/24'");
        prod.Edit(parameters, "param domainName = 'contoso.com'", "param domainName = 'bicycles.tailspin-cycles.net'");
        prod.Edit(parameters, "aks-baseline-operations@contoso.com", "operations@tailspin-cycles.net");
        prod.Edit(parameters, "aks-baseline-owners@contoso.com", "owners@tailspin-cycles.net");
        prod.Cluster().Set("properties.apiServerAccessProfile.authorizedIPRanges", new System.Text.Json.Nodes.JsonArray("20.42.0.0/24"));
        prod.Outputs(Stage.Cluster)["domainName"] = "bicycles.tailspin-cycles.net";

        var checks = prod.Validate().Checks.Where(check => check.Rule.Id == "GOV015").ToList();

        Assert.That(checks.Select(check => check.Subject.Reference), Is.EqualTo(new[] { parameters }));
        Assert.That(checks.SelectMany(check => check.Findings), Is.Empty);
    }

    [Test]
    public void A_current_suppression_with_a_reason_covers_its_finding_and_nothing_else()
    {
        using var prod = new ProdFixture();
        prod.Edit("manifests/4-workload/aspnetapp.yaml", "readOnlyRootFilesystem: true", "readOnlyRootFilesystem: false");
        prod.Suppressions.Add(new("K8S004", "Deployment/a0008/aspnetapp", "the sample image writes its keys under /app until 9.0.3", new DateOnly(2026, 6, 30)));

        var result = prod.Validate();

        Assert.Multiple(() =>
        {
            Assert.That(result.Findings.Where(finding => finding.Severity != Severity.Note), Is.Empty, "SUP001 and SUP002 pass, K8S004 is covered");
            Assert.That(result.Suppressed.Select(suppressed => suppressed.Finding.Rule.Id), Is.EqualTo(new[] { "K8S004" }));
            Assert.That(result.Checks.Where(check => check.Rule.Id is "SUP001" or "SUP002").Select(check => check.Passed), Is.EqualTo(new[] { true, true }));
            Assert.That(result.Failed, Is.False);
        });
    }

    [Test]
    public void An_expired_suppression_no_longer_covers_its_finding()
    {
        using var prod = new ProdFixture();
        prod.Edit("manifests/4-workload/aspnetapp.yaml", "readOnlyRootFilesystem: true", "readOnlyRootFilesystem: false");
        prod.Suppressions.Add(new("K8S004", "Deployment/a0008/aspnetapp", "the sample image writes its keys under /app", new DateOnly(2026, 2, 28)));

        var result = prod.Validate();

        Assert.That(result.Errors.Select(finding => finding.Rule.Id).Order(), Is.EqualTo(new[] { "K8S004", "SUP001" }));
        Assert.That(result.Suppressed, Is.Empty);
    }
}
