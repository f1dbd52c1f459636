using Build.Files;
using Build.Tests.Certificates;
using Build.Validation;
using Build.Validation.Policies;

namespace Build.Tests.Validation;

/// <summary>
/// The rules take the environment's policy values from cluster-policy.json, the file the cluster's policy
/// assignments are built from: a changed file changes what the rules judge (and, until the snapshots follow, GOV014
/// says the assignments still carry the old value). A file the rules cannot use is one line with its line and key.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class ClusterPolicyTests
{
    private const string File = "bicep/environments/prod/cluster-policy.json";
    private const string ContainerLimits = "e345eecc-fa47-480f-9e88-67dcc122b164";

    [Test]
    public void Lower_container_limits_in_the_file_are_the_maximum_K8S001_judges_by()
    {
        using var prod = new ProdFixture();
        prod.Edit(File, "\"cpu\": \"1\"", "\"cpu\": \"100m\"");

        var errors = prod.Validate().Errors.ToList();

        Assert.Multiple(() =>
        {
            Assert.That(errors.Where(finding => finding.Rule.Id == "K8S001").Select(finding => finding.Message), Is.EquivalentTo(new[]
            {
                "Deployment/a0008/aspnetapp: spec.template.spec.containers[aspnetapp].resources.limits.cpu is 200m, above the container maximum 100m",
                "Deployment/a0008/traefik: spec.template.spec.containers[traefik].resources.limits.cpu is 500m, above the container maximum 100m (resources.limits.cpu in helm/traefik.values.yaml)",
            }));
            Assert.That(errors.Where(finding => finding.Rule.Id == "GOV014").Select(finding => finding.Message), Has.One.Contains($"properties.parameters.cpuLimit.value is '1', but containerLimits.cpu in {File}:6 is '100m'"));
        });
    }

    [Test]
    public void Limits_the_file_raises_are_still_held_to_the_namespaces_LimitRange()
    {
        using var prod = new ProdFixture();
        prod.Edit(File, "\"cpu\": \"1\"", "\"cpu\": \"2\"");
        prod.Edit("manifests/4-workload/aspnetapp.yaml", "              cpu: 200m\n", "              cpu: 1500m\n");

        var errors = prod.Validate().Errors.Where(finding => finding.Rule.Id == "K8S001").Select(finding => finding.Message);

        Assert.That(errors, Is.EqualTo(new[] { "Deployment/a0008/aspnetapp: spec.template.spec.containers[aspnetapp].resources.limits.cpu is 1500m, above the max 1 of LimitRange workload-limits in its namespace: the API server refuses the pod" }));
    }

    [Test]
    public void A_namespace_the_file_excludes_is_left_to_the_cluster_by_the_offline_rules()
    {
        using var prod = new ProdFixture();
        prod.Edit("manifests/4-workload/aspnetapp.yaml", "readOnlyRootFilesystem: true", "readOnlyRootFilesystem: false");
        var judged = prod.Validate().Errors.Select(finding => finding.Rule.Id).ToList();
        prod.Edit(File, "\"azure-extensions-usage-system\"\n", "\"azure-extensions-usage-system\",\n    \"a0008\"\n");

        var errors = prod.Validate().Errors.ToList();

        Assert.Multiple(() =>
        {
            Assert.That(judged, Does.Contain("K8S004"));
            Assert.That(errors.Select(finding => finding.Rule.Id), Does.Not.Contain("K8S004"));
            Assert.That(errors.Where(finding => finding.Rule.Id == "GOV014").Select(finding => finding.Message), Has.Some.Contains("the cluster reviews a0008, which the offline rules leave alone"));
        });
    }

    [Test]
    public void Without_MCR_among_the_additional_registries_K8S006_refuses_the_images_pulled_from_it()
    {
        using var prod = new ProdFixture();
        prod.Edit(File, "\"additionalRegistries\": [\n    \"mcr.microsoft.com\"\n  ]", "\"additionalRegistries\": []");

        var refused = prod.Validate().Errors.Where(finding => finding.Rule.Id == "K8S006").Select(finding => finding.Message).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(refused, Is.Not.Empty);
            Assert.That(refused, Has.All.Contains("mcr.microsoft.com/").And.All.Contains($"from outside the cluster's registry and the additional registries of {File} (acraksqzs6ldjgjrt6u.azurecr.io, acrloginserver.invalid)"));
        });
    }

    [Test]
    public void The_file_is_read_with_every_value()
    {
        using var prod = new ProdFixture();

        var policy = ClusterPolicy.Load(prod.Layout);

        Assert.Multiple(() =>
        {
            Assert.That(policy.AdditionalRegistries, Is.EqualTo(new[] { "mcr.microsoft.com" }));
            Assert.That(policy.ContainerLimits.Maximum.ToDictionary(pair => pair.Key, pair => pair.Value.ToString()), Is.EquivalentTo(new Dictionary<string, string> { ["cpu"] = "1", ["memory"] = "1Gi" }));
            Assert.That(policy.Scope.ExcludedNamespaces, Is.EqualTo(new[] { "kube-system", "gatekeeper-system", "azure-arc", "azure-extensions-usage-system" }));
            Assert.That(policy.AllowedHostPaths, Is.Empty);
            Assert.That(policy.AllowedExternalIPs, Is.Empty);
            Assert.That(policy.DisallowedNamespaces, Is.EqualTo(new[] { "default" }));
            Assert.That(policy.At("containerLimits.cpu").ToString(), Is.EqualTo($"{File}:6"));
        });
    }

    [TestCase("\"cpu\": \"1\"", "\"cpu\": \"one\"", "bicep/environments/prod/cluster-policy.json:6: containerLimits.cpu: 'one' is not a Kubernetes quantity: write it as Kubernetes does, e.g. 1, 500m, 1Gi.")]
    [TestCase("    \"memory\": \"1Gi\"\n", "", "containerLimits.memory: is missing from containerLimits")]
    [TestCase("\"allowedExternalIPs\": []", "\"allowedExternalIPs\": \"none\"", "bicep/environments/prod/cluster-policy.json:16: allowedExternalIPs: is a string, not an array of strings")]
    [TestCase("\"allowedHostPaths\": []", "\"allowedHostPaths\": [ { \"pathPrefix\": \"/var/log\" } ]", "allowedHostPaths[0].readOnly: is not true or false")]
    public void A_value_the_rules_cannot_use_is_one_line_with_its_line_and_key(string find, string replace, string expected)
    {
        using var prod = new ProdFixture();
        prod.Edit(File, find, replace);

        var exception = Assert.Throws<InputFileException>(() => ClusterPolicy.Load(prod.Layout))!;

        Assert.That(exception.Message, Does.Contain(expected));
    }

    [Test]
    public void Validate_Rules_stops_with_that_one_line_and_no_stack_trace()
    {
        using var prod = new ProdFixture();
        prod.Save();
        prod.Edit(File, "\"cpu\": \"1\"", "\"cpu\": \"one\"");

        var (exitCode, output) = HostRun.Run(prod.Root, "--target=Validate.Rules", "--exclusive");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1), output);
            Assert.That(output, Does.Contain($"{File}:6: containerLimits.cpu: 'one' is not a Kubernetes quantity"));
            Assert.That(output, Does.Not.Contain("   at "), "no stack trace");
        });
    }
}
