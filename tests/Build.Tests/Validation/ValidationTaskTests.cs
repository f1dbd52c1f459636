using Build.Hosting;
using Build.Hosting.Options;
using Build.Infrastructure;
using Build.Tests.Certificates;
using Build.Validation;
using Build.Validation.Reports;

namespace Build.Tests.Validation;

/// <summary>Validate.Rules, Rules and IpPlan through the real host, in a copy of the repository's prod environment.</summary>
[NonParallelizable]
public sealed class ValidationTaskTests
{
    [Test]
    public void Validate_rules_passes_prod_prints_the_family_table_and_writes_sarif_and_junit()
    {
        using var prod = new ProdFixture();
        prod.Save();

        var (exitCode, output) = HostRun.Run(prod.Root, "--target=Validate.Rules", "--exclusive");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, output);
            Assert.That(output, Does.Contain("Conformance findings by family").And.Contain("Kubernetes objects (K8S)").And.Contain("IP002"));
            Assert.That(File.Exists(Path.Combine(prod.Root, "artifacts", "validation", "results.sarif")));
            Assert.That(File.Exists(Path.Combine(prod.Root, "artifacts", "validation", "junit.xml")));
        });
    }

    [Test]
    public void An_error_finding_fails_the_run_with_one_line_naming_the_rule_the_setting_and_the_report()
    {
        using var prod = new ProdFixture();
        prod.Cluster().Set("properties.networkProfile.networkPolicy", "cilium");
        prod.Save();

        var (exitCode, output) = HostRun.Run(prod.Root, "--target=Validate.Rules", "--exclusive");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(output, Does.Contain("1 conformance error(s), the first: AKS001 managedClusters/aks-qzs6ldjgjrt6u: properties.networkProfile.networkPolicy is 'cilium', expected 'azure' (bicep/environments/prod/cluster.snapshot.json:"));
            Assert.That(output, Does.Contain("all in artifacts/validation/results.sarif"));
            Assert.That(output, Does.Not.Contain("   at "), "no stack trace");
        });
    }

    [Test]
    public void An_address_plan_error_is_named_first_not_what_it_misplaces()
    {
        using var prod = new ProdFixture();
        // the ingress subnet moved onto the nodes subnet: Traefik's IP is then outside it too, a consequence
        prod.Subnet(Stage.Spoke, "snet-cluster-ingress")["addressPrefix"] = "10.240.0.16/28";
        prod.Save();

        var (exitCode, output) = HostRun.Run(prod.Root, "--target=Validate.Rules", "--exclusive");

        Assert.That(exitCode, Is.EqualTo(1), output);
        Assert.That(output, Does.Contain("X002"), "the misplaced IP is reported too");
        Assert.That(output, Does.Match(@"conformance error\(s\), the first: IP003 .*overlaps"), "but the overlap comes first");
    }

    [Test]
    public void Rules_lists_every_rule_and_writes_the_rule_page()
    {
        using var prod = new ProdFixture();

        var (exitCode, output) = HostRun.Run(prod.Root, "--target=Rules");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, output);
            Assert.That(RuleCatalog.All.Select(rule => rule.Descriptor.Id).Where(id => !output.Contains(id, StringComparison.Ordinal)), Is.Empty);
            Assert.That(output, Does.Contain("Azure.AKS.NetworkPolicy").And.Contain("kube-score pod-probes"));
            Assert.That(File.ReadAllText(Path.Combine(prod.Root, RulesMarkdown.RelativePath)), Is.EqualTo(RulesMarkdown.Render(RuleCatalog.All)));
        });
    }

    [Test]
    public void IpPlan_prints_the_table_and_draws_the_network()
    {
        using var prod = new ProdFixture();

        var (exitCode, output) = HostRun.Run(prod.Root, "--target=IpPlan");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, output);
            Assert.That(output, Does.Contain("IP address plan").And.Contain("snet-cluster-nodes").And.Contain("10.240.0.0/22").And.Contain("1,019"));
            Assert.That(output, Does.Contain("node pool npuser01: (5 + 2 surge) × (30 pods + 1) = 217 at max"));
            Assert.That(File.ReadAllText(Path.Combine(prod.Root, "artifacts", "network.svg")), Does.StartWith("<?xml"));
        });
    }

    [Test]
    public void Asked_for_400_percent_the_nodes_subnet_fails_the_plan()
    {
        using var prod = new ProdFixture();

        var (exitCode, output) = HostRun.Run(prod.Root, "--target=IpPlan", "--scale-headroom=400");

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(output, Does.Contain("The IP plan does not hold: 1 error(s), the first: IP002 virtualNetworks/vnet-spoke-eastus2/subnets/snet-cluster-nodes: 10.240.0.0/22 has 1019 usable addresses; its node pools scaled to 400 % of their maximum need 1612"));
    }

    [Test]
    public void A_scale_headroom_that_is_not_a_percentage_is_refused()
    {
        using var prod = new ProdFixture();

        var (exitCode, output) = HostRun.Run(prod.Root, "--target=IpPlan", "--scale-headroom=lots");

        Assert.That(exitCode, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(output, Does.Contain("--scale-headroom=lots: 'lots' is not such a percentage; --scale-headroom takes a percentage from 100 to 10000"));
    }

    [Test]
    public void Validate_runs_the_rules_after_lint_and_declares_the_option_it_reads()
    {
        var catalog = TaskCatalog.FromAssemblies([typeof(BuildContext).Assembly]);

        var order = catalog.ExecutionOrder("Validate").Select(entry => entry.Name).ToList();

        Assert.That(order.IndexOf("Validate.Rules"), Is.GreaterThan(order.IndexOf("Lint")));
        Assert.That(order.IndexOf("Validate.Rules"), Is.GreaterThan(order.IndexOf("Validate.Snapshots")), "the rules judge the snapshot check's prediction");
        Assert.That(order.IndexOf("Validate.Rules"), Is.GreaterThan(order.IndexOf("Validate.Kubernetes")), "and report what did not render");
        var model = new OptionsModel(typeof(Build.SuiteOptions.BuildOptions), catalog);
        Assert.That(model.ReadBy(catalog.ExecutionOrder("Validate")).Select(o => o.Name), Has.Member(Build.Network.ScaleHeadroom.Option));
        Assert.That(model.ReadBy(catalog.ExecutionOrder("IpPlan")).Select(o => o.Name), Has.Member(Build.Network.ScaleHeadroom.Option));
    }
}
