using Build.Tests.Fakes;
using Cake.Core;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console.Testing;
using Path = System.IO.Path;

namespace Build.Tests.Caching;

/// <summary>
/// The offline gate's work runs side by side, but what the user reads stays in the task order: each check says once,
/// in its own turn, what it did or why it did not run; an edit of one template runs again exactly what reads it.
/// </summary>
[NonParallelizable]
public sealed class GateWorkTests
{
    private static readonly string[] Checks = ["Lint.Bicep", "Validate.Bicep", "Validate.Kubernetes", "Validate.Snapshots", "Validate.Rules"];

    private string _working = null!;

    [OneTimeSetUp]
    public void Copy()
    {
        _working = Directory.CreateTempSubdirectory("gate-work-").FullName;
        var repository = Build.Hosting.RepositoryRoot.Locate();
        foreach (var folder in new[] { "bicep", "helm", "manifests" })
        {
            FakeCloud.CopyDirectory(Path.Combine(repository, folder), Path.Combine(_working, folder));
        }

        Assert.That(Validate().ExitCode, Is.Zero, "the first run");
    }

    [OneTimeTearDown]
    public void Remove() => Directory.Delete(_working, recursive: true);

    [Test]
    public void Nothing_changed_each_check_says_so_once_in_its_turn()
    {
        var (exitCode, text) = Validate();

        Assert.That(exitCode, Is.Zero);
        var lines = text.Split('\n').Where(line => line.Contains("inputs unchanged since its last green run", StringComparison.Ordinal)).ToList();
        Assert.That(lines.Select(line => Checks.Single(check => line.StartsWith(check + ":", StringComparison.Ordinal))), Is.EqualTo(Checks));
    }

    [Test]
    public void A_comment_in_the_cluster_template_runs_again_what_reads_it_and_says_which()
    {
        File.AppendAllText(Path.Combine(_working, "bicep", "cluster.bicep"), "\n// a comment changes no resource\n");

        var (exitCode, text) = Validate();

        Assert.That(exitCode, Is.Zero);
        Assert.That(text, Does.Contain("Lint.Bicep: bicep/cluster.bicep, bicep/environments/prod/cluster.bicepparam changed or read a changed file; the other 26 are unchanged since their last green run."));
        Assert.That(text, Does.Contain("Validate.Bicep: bicep/cluster.bicep changed or read a changed file; the other 2 are unchanged since their last green run."));
        Assert.That(text, Does.Contain("Validate.Snapshots: bicep/environments/prod/cluster.bicepparam changed or read a changed file; the other 2 are unchanged since their last green run."));
        Assert.That(text, Does.Contain("Validate.Kubernetes: inputs unchanged"), "the layer reads no template");
        Assert.That(text, Does.Contain("Validate.Rules: 114 rules"), "the rules read the templates' prediction");
        var order = new[] { "Lint.Bicep:", "Validate.Bicep:", "Validate.Kubernetes:", "Validate.Snapshots:", "Validate.Rules:" }.Select(check => text.IndexOf(check, StringComparison.Ordinal)).ToList();
        Assert.That(order, Is.Ordered, "in the task order");
    }

    private (int ExitCode, string Text) Validate()
    {
        var console = new CapturingConsole();
        var exitCode = BuildHost.Create()
            .UseConsole(new TestConsole())
            .ConfigureServices(services => services.AddSingleton<IConsole>(console))
            .Run(["--target=Validate", $"--working={_working}"]);
        return (exitCode, console.Text);
    }
}
