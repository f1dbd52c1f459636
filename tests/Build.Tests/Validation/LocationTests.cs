using Build.Validation;

namespace Build.Tests.Validation;

/// <summary>Findings point at the line of the setting they name, in the file it is written in.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class LocationTests
{
    [Test]
    public void A_manifest_finding_points_at_the_settings_line()
    {
        using var prod = new ProdFixture();
        var line = prod.Edit("manifests/4-workload/aspnetapp.yaml", "allowPrivilegeEscalation: false", "allowPrivilegeEscalation: true");

        var finding = prod.Validate().Errors.Single();

        Assert.That(finding.Location.ToString(), Is.EqualTo($"manifests/4-workload/aspnetapp.yaml:{line}"));
    }

    [Test]
    public void A_missing_setting_points_at_where_it_belongs()
    {
        using var prod = new ProdFixture();
        prod.Edit("manifests/4-workload/aspnetapp.yaml", "            limits:\n              cpu: 200m\n", "            limits:\n");
        var limits = File.ReadAllLines(Path.Combine(prod.Root, "manifests/4-workload/aspnetapp.yaml")).ToList().FindIndex(text => text.Trim() == "limits:") + 1;

        var finding = prod.Validate().Errors.Single();

        Assert.That(finding.Location.Line, Is.EqualTo(limits));
    }

    [Test]
    public void A_finding_about_an_object_a_chart_renders_points_at_the_value_that_sets_it()
    {
        using var prod = new ProdFixture();
        var line = prod.Edit("helm/traefik.values.yaml", "  replicas: 2", "  replicas: 1");

        var finding = prod.Validate().Errors.Single();

        Assert.That(finding.Location.ToString(), Is.EqualTo($"helm/traefik.values.yaml:{line}"));
        Assert.That(finding.Message, Is.EqualTo("Deployment/a0008/traefik: spec.replicas is 1, expected 2 or more (deployment.replicas in helm/traefik.values.yaml)"));
    }

    [Test]
    public void A_resource_finding_points_at_its_id_in_the_snapshot_and_names_the_resource_id()
    {
        using var prod = new ProdFixture();
        prod.Resource(Build.Infrastructure.Stage.Cluster, Build.Resources.Azure.ArmTypes.ContainerRegistry).Set("properties.adminUserEnabled", true);
        var text = File.ReadAllLines(Path.Combine(prod.Root, "bicep/environments/prod/cluster.snapshot.json"));

        var finding = prod.Validate().Errors.Single();

        Assert.Multiple(() =>
        {
            Assert.That(finding.Location.File, Is.EqualTo("bicep/environments/prod/cluster.snapshot.json"));
            Assert.That(text[finding.Location.Line!.Value - 1], Does.Contain("\"id\": \"").And.Contain("/registries/acraksqzs6ldjgjrt6u\""));
            Assert.That(finding.Location.LogicalName, Does.EndWith("/providers/Microsoft.ContainerRegistry/registries/acraksqzs6ldjgjrt6u"));
            Assert.That(finding.Message, Is.EqualTo("registries/acraksqzs6ldjgjrt6u: properties.adminUserEnabled is true, expected false"));
        });
    }
}
