using Build.Deployment;
using Build.Hosting;
using Build.Tests.Hosting;

namespace Build.Tests.Deployment;

/// <summary>Which Deploy stages run, and in what order: read from the task graph, decided in one place.</summary>
public sealed class DeployStagesTests
{
    [Test]
    public void The_stages_are_the_marked_tasks_in_the_order_Cake_runs_Deploy()
    {
        var host = new SuiteHost();
        Assert.That(host.Run("--target=Deploy", "--dryrun"), Is.EqualTo(ExitCodes.Success));

        var positions = DeployStages.Order.Select(stage => host.Output.IndexOf(". " + stage + "\n", StringComparison.Ordinal)).ToList();
        Assert.That(positions, Has.None.EqualTo(-1), host.Output);
        Assert.That(positions, Is.Ordered, "DeployStages.Order is the order Cake runs them");
        Assert.That(DeployStages.Order, Is.EqualTo(new[]
        {
            "Plan", "Provision.Hub", "Provision.Spoke", "Provision.Cluster", "Cluster.Credentials", "Images.Import",
            "Certificates.Import", "Provision.Gateway", "Ingress.Install", "Workload.Apply", "SmokeTest",
        }));
    }

    [TestCase("Plan", true)]
    [TestCase("Provision.Hub", false)]
    [TestCase("Cluster.Credentials", false)]
    [TestCase("Certificates.Import", false)]
    [TestCase("SmokeTest", false)]
    [TestCase("Preflight", true)]
    public void Plan_only_stops_every_stage_after_Plan(string stage, bool runs) =>
        Assert.That(DeployStages.SkipReason(stage, planOnly: true, from: null) is null, Is.EqualTo(runs));

    [TestCase("Plan", false)]
    [TestCase("Provision.Cluster", false)]
    [TestCase("Cluster.Credentials", true)]
    [TestCase("Images.Import", true)]
    [TestCase("Workload.Apply", true)]
    [TestCase("Preflight", true)]
    public void From_skips_the_stages_before_it_except_those_preparing_later_ones(string stage, bool runs) =>
        Assert.That(DeployStages.SkipReason(stage, planOnly: false, from: "Images.Import") is null, Is.EqualTo(runs));

    [Test]
    public void A_skipped_stage_says_why()
    {
        Assert.That(DeployStages.SkipReason("Provision.Hub", planOnly: false, from: "Images.Import"), Does.StartWith("skipped (--from=Images.Import)"));
        Assert.That(DeployStages.SkipReason("Workload.Apply", planOnly: true, from: null), Does.StartWith("skipped (--plan-only)"));
    }

    [Test]
    public void A_plan_only_Deploy_previews_and_nothing_after_Plan_runs()
    {
        var host = new SuiteHost();

        // Validate and Preflight need tools and Azure: run the stages alone from Plan, through the real graph's decisions
        host.Run("--target=Workload.Apply", "--plan-only", "--from=Plan", "--exclusive");

        Assert.That(host.Output, Does.Contain("Workload.Apply: skipped (--plan-only): Deploy stops after Plan and changes nothing."));
        Assert.That(host.Processes.Started, Is.Empty, "nothing ran");
    }
}
