using Build.Hosting;
using Build.Hosting.Options;

namespace Build.Tests.Hosting;

public sealed class SuiteGraphTests
{
    [Test]
    public void Test_dry_run_lists_its_stages_and_runs_no_process()
    {
        var host = new SuiteHost();

        var exitCode = host.Run("--target=Test", "--dryrun");

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(host.Processes.Started, Is.Empty);
        Assert.That(host.Output, Does.Contain("Tools").And.Contain("Test"));
    }

    [Test]
    public void Deploy_dry_run_lists_the_stages_in_order_and_runs_nothing()
    {
        var host = new SuiteHost();

        Assert.That(host.Run("--target=Deploy", "--dryrun"), Is.EqualTo(ExitCodes.Success));

        Assert.That(host.Processes.Started, Is.Empty);
        string[] stages =
        [
            "Validate", "Preflight", "Plan", "Provision.Hub", "Provision.Spoke", "Provision.Cluster", "Cluster.Credentials",
            "Images.Import", "Certificates.Import", "Provision.Gateway", "Ingress.Install",
            "Workload.Apply", "SmokeTest", "Deploy",
        ];
        var positions = stages.Select(s => host.Output.IndexOf(". " + s + "\n", StringComparison.Ordinal)).ToList();
        Assert.That(positions, Has.None.EqualTo(-1), host.Output);
        Assert.That(positions, Is.Ordered, host.Output);
    }

    [Test]
    public void Help_lists_every_target_of_the_suite_with_its_description()
    {
        var host = new SuiteHost();

        host.Run("--help");

        var catalog = TaskCatalog.FromAssemblies([typeof(BuildContext).Assembly]);
        Assert.That(catalog.Entries.Select(e => e.Name), Is.SupersetOf(new[] { "Doctor", "Lint", "Test", "Tools", "Validate" }));
        foreach (var entry in catalog.Entries)
        {
            Assert.That(host.Output, Does.Contain(entry.Name), entry.Name);
            Assert.That(entry.Description, Is.Not.Empty, $"{entry.Name} has no [TaskDescription]");
        }
    }

    public static IEnumerable<string> Targets() => TaskCatalog.FromAssemblies([typeof(BuildContext).Assembly]).Entries.Select(e => e.Name);

    [TestCaseSource(nameof(Targets))]
    public void Help_for_a_target_lists_exactly_the_options_its_graph_reads(string target)
    {
        var catalog = TaskCatalog.FromAssemblies([typeof(BuildContext).Assembly]);
        var model = new OptionsModel(typeof(Build.SuiteOptions.BuildOptions), catalog);
        var host = new SuiteHost();

        Assert.That(host.Run($"--target={target}", "--help"), Is.EqualTo(ExitCodes.Success));

        var section = host.Console.Output[host.Console.Output.IndexOf($"OPTIONS {target.ToUpperInvariant()} READS:", StringComparison.Ordinal)..];
        var listed = System.Text.RegularExpressions.Regex.Matches(section, @"^\s+--([a-z0-9-]+)", System.Text.RegularExpressions.RegexOptions.Multiline).Select(m => m.Groups[1].Value);
        Assert.That(listed, Is.EquivalentTo(model.ReadBy(catalog.ExecutionOrder(target)).Select(o => o.Name)));
    }

    [Test]
    public void Help_for_Destroy_lists_its_four_options_and_nothing_Deploy_reads()
    {
        var host = new SuiteHost();

        host.Run("--target=Destroy", "--help");

        var section = host.Console.Output[host.Console.Output.IndexOf("OPTIONS DESTROY READS:", StringComparison.Ordinal)..];
        Assert.That(section, Does.Contain("--yes").And.Contain("--subscription=<value>").And.Contain("--retry-delay-seconds=<value>").And.Contain("--environment=<value>"));
        Assert.That(section, Does.Not.Contain("--plan-only").And.Not.Contain("--from").And.Not.Contain("--force"));
    }

    [Test]
    public void Unknown_target_exits_2_listing_the_suites_targets()
    {
        var host = new SuiteHost();

        Assert.That(host.Run("--target=Nope"), Is.EqualTo(ExitCodes.UsageError));
        Assert.That(host.Output, Does.Contain("Validate").And.Contain("Doctor"));
    }

    [Test]
    public void Doctor_refuses_an_unknown_for_target_in_one_line()
    {
        var host = new SuiteHost();

        Assert.That(host.Run("--target=Doctor", "--for=Nope"), Is.EqualTo(ExitCodes.UsageError));
        Assert.That(host.Output, Does.Contain("--for=Nope: there is no target 'Nope'; --for takes a target name"));
        Assert.That(host.Processes.Started, Is.Empty);
    }

    [Test]
    public void Doctor_fails_when_a_tool_the_target_needs_is_missing()
    {
        var host = new SuiteHost();
        var original = Environment.GetEnvironmentVariable("HELM_PATH");
        try
        {
            Environment.SetEnvironmentVariable("HELM_PATH", "/nonexistent/helm");

            Assert.That(host.Run("--target=Doctor", "--for=Test"), Is.EqualTo(ExitCodes.Failure));
            Assert.That(host.Output, Does.Contain("Test needs helm"));
        }
        finally
        {
            Environment.SetEnvironmentVariable("HELM_PATH", original);
        }
    }

    [Test]
    public void Default_target_is_Validate()
    {
        var host = new SuiteHost();

        host.Run("--dryrun");

        Assert.That(host.Output, Does.Contain("Validate"));
    }
}
