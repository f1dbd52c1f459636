using System.Text.Json.Nodes;
using Build.Deployment;
using Build.Infrastructure;
using Build.Tasks.Deploy;
using Build.Tests.Validation;
using Spectre.Console.Testing;

namespace Build.Tests.Deployment;

/// <summary>Plan's output: what a reviewer reads before Deploy changes anything, the governance and monitoring part in particular.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class PlanTableTests
{
    /// <summary>The committed prod snapshots as Plan shows them before the resource groups exist: everything is created.</summary>
    private static List<StagePlan> FirstDeployment(Func<int, string>? changeOf = null)
    {
        var layout = new EnvironmentLayout(new Cake.Core.IO.DirectoryPath(ProdFixture.RepositoryRoot), ProdFixture.Environment);
        return Stage.All.Select(stage => new StagePlan(stage, "does not exist yet",
            BicepSnapshot.Load(layout.Snapshot(stage).FullPath).PredictedResources
                .Select((resource, i) => new PlannedChange($"{(string?)resource["type"]}/{(string?)resource["name"]}", changeOf?.Invoke(i) ?? "Create"))
                .ToList())).ToList();
    }

    private static string Rendered(IReadOnlyList<StagePlan> plans)
    {
        var console = new TestConsole().Width(200);
        console.Write(PlanTable.Render(plans));
        return console.Output;
    }

    [Test]
    public void A_first_deployment_lists_the_policies_Defender_and_alerts_it_creates_and_warns_about_admission()
    {
        var output = Rendered(FirstDeployment());

        Assert.Multiple(() =>
        {
            Assert.That(output, Does.Contain("Governance and monitoring"));
            Assert.That(output, Does.Match(@"policy assignments\s+│\s+18\s+│\s+0\s+│\s+0"));
            Assert.That(output, Does.Match(@"Defender plans\s+│\s+1\s+│"));
            Assert.That(output, Does.Match(@"Prometheus alert rule groups\s+│\s+3\s+│"));
            Assert.That(output, Does.Match(@"log alerts\s+│\s+1\s+│"));
            Assert.That(output, Does.Match(@"activity-log alerts\s+│\s+1\s+│"));
            Assert.That(output, Does.Contain("Policy assignments change what the cluster admits"));
        });
    }

    [Test]
    public void An_unchanged_environment_shows_no_governance_section()
    {
        var output = Rendered(FirstDeployment(_ => "NoChange"));

        Assert.That(output, Does.Not.Contain("Governance and monitoring").And.Not.Contain("policy assignment"));
    }

    [Test]
    public void A_deleted_policy_assignment_is_called_out()
    {
        var plans = new List<StagePlan>
        {
            new(Stage.Cluster, "what-if",
            [
                new("Microsoft.Authorization/policyAssignments/14d6ca85-1f72-505e-9e88-19812f699f18", "Delete"),
                new("Microsoft.ContainerService/managedClusters/aks-qzs6ldjgjrt6u", "NoChange"),
            ]),
        };

        var output = Rendered(plans);

        Assert.Multiple(() =>
        {
            Assert.That(output, Does.Match(@"policy assignments\s+│\s+0\s+│\s+0\s+│\s+1"));
            Assert.That(output, Does.Contain("1 policy assignment(s) deleted: the cluster stops enforcing them."));
            Assert.That(output, Does.Not.Contain("change what the cluster admits"));
        });
    }

    [Test]
    public void The_json_carries_the_governance_counts_per_deployment()
    {
        var path = Path.Combine(Path.GetTempPath(), $"plan-{Guid.NewGuid():N}.json");
        try
        {
            PlanTable.WriteJson(FirstDeployment(), path);

            var cluster = JsonNode.Parse(File.ReadAllText(path))!.AsArray().Single(stage => (string?)stage!["stage"] == "cluster")!;
            var governance = cluster["governance"]!.AsArray().ToDictionary(row => (string)row!["kind"]!, row => (int)row!["create"]!);
            Assert.That(governance, Does.ContainKey("policy assignments").WithValue(18).And.ContainKey("Prometheus alert rule groups").WithValue(3));
            Assert.That(cluster["changes"]!.AsArray(), Has.Count.EqualTo(70));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
