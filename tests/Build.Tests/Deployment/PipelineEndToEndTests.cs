using System.Diagnostics;
using Build.Hosting;
using Build.Tests.Fakes;

namespace Build.Tests.Deployment;

/// <summary>
/// The deploying stages of azure-pipelines.yml run the way Azure DevOps runs them: each stage's steps as the
/// file gives them, each stage in a fresh clone of the repository — nothing carried over from another stage
/// or run but what Azure keeps — signed in through workload identity federation, twice against one FAKE cloud.
/// The second pass must change nothing.
/// </summary>
[Parallelizable(ParallelScope.Self)]
public sealed class PipelineEndToEndTests
{
    private static readonly string Repository = RepositoryRoot.Locate();

    /// <summary>Azure DevOps tasks the replay knows: what each does on this machine.</summary>
    private static readonly Dictionary<string, string> KnownTasks = new(StringComparer.Ordinal)
    {
        ["UseDotNet@2"] = "the SDK global.json pins is the one installed here",
        ["Cache@2"] = "the NuGet cache is the machine's folder (NUGET_PACKAGES, written without a trailing slash); a folder of the checkout is cached as Azure Pipelines does",
        ["KubeloginInstaller@0"] = "the fake cloud's kubelogin is on PATH",
        ["AzureCLI@2"] = "runs its inline script, az signed in as the pipeline's federated identity",
        ["PublishTestResults@2"] = "the results it publishes must exist",
    };

    [Test]
    public void The_deploying_stages_twice_on_fresh_clones_the_second_time_change_nothing()
    {
        var pipeline = AzurePipeline.Load(Repository);
        var stages = pipeline.DeployingStages();
        Assert.That(stages.Select(s => s.Name), Is.EqualTo(new[] { "Provision", "Deploy", "SmokeTest" }));
        using var cloud = FakeCloud.Start("--identity=workloadIdentity");
        var origin = DeployableRepository(cloud.Home);
        var variables = pipeline.Variables.ToDictionary(p => p.Key.ToUpperInvariant().Replace('.', '_'), p => p.Value);
        variables["NUGET_PACKAGES"] = NugetPackages();

        // what an earlier run of the pipeline left in its cache: the gate's records over the same files (the Validate
        // stage of this commit saves them too); a record is used only where the bytes it was made from are still there
        var cache = new PipelineCache(Path.Combine(cloud.Home, "pipeline-cache"));
        cache.Saved("gate | \"Linux\" | \"an earlier commit\"", FakeCloud.GateRecords);
        var passes = new List<List<(string Stage, int Calls, int Mutating)>>();
        for (var pass = 1; pass <= 2; pass++)
        {
            var counts = new List<(string, int, int)>();
            foreach (var stage in stages)
            {
                var clone = Path.Combine(cloud.Home, $"agent-pass{pass}-{stage.Name}");
                var before = cloud.Calls.Count;
                foreach (var step in stage.Steps)
                {
                    Run(cloud, origin, clone, stage, step, variables, cache);
                }

                cache.EndJob();

                var calls = cloud.Calls.Skip(before).ToList();
                counts.Add((stage.Name, calls.Count, calls.Count(c => c.IsMutating)));
                if (pass == 2)
                {
                    Assert.That(calls.Where(c => c.IsMutating).Select(c => c.Line), Is.Empty, $"pass 2, stage {stage.Name}: a re-run of an unchanged commit changes nothing");
                }
            }

            passes.Add(counts);
        }

        foreach (var (pass, index) in passes.Select((p, i) => (p, i + 1)))
        {
            TestContext.Out.WriteLine($"pass {index}: {string.Join("; ", pass.Select(s => $"{s.Stage} {s.Calls} calls, {s.Mutating} mutating"))}");
        }
    }

    private static void Run(FakeCloud cloud, string origin, string clone, PipelineStage stage, PipelineStep step, Dictionary<string, string> variables, PipelineCache cache)
    {
        switch (step.Kind)
        {
            case "checkout":
                Clone(origin, clone);
                break;
            case "Cache@2" when !step.Inputs["path"].StartsWith("$(", StringComparison.Ordinal):
                var commit = Git(clone, "rev-parse", "HEAD").Trim();
                var resolve = (string key) => key.Replace("$(Agent.OS)", "Linux", StringComparison.Ordinal).Replace("$(Build.SourceVersion)", commit, StringComparison.Ordinal).Trim();
                cache.Restore(
                    resolve(step.Inputs["key"]),
                    step.Inputs.GetValueOrDefault("restoreKeys", string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(resolve),
                    Path.Combine(clone, step.Inputs["path"]));
                break;
            case "AzureCLI@2":
            case "script":
                var run = cloud.Shell(clone, step.Script!, variables);
                Assert.That(run.ExitCode, Is.Zero, $"stage {stage.Name}: {step.Script}\n{run.Output}");
                DeployEndToEndTests.AssertNoSecret(cloud, run.Output);
                break;
            case "PublishTestResults@2":
                var results = Path.Combine(clone, step.Inputs["testResultsFiles"]);
                Assert.That(File.Exists(results), Is.True, $"stage {stage.Name} publishes {step.Inputs["testResultsFiles"]}, which it did not write");
                break;
            default:
                Assert.That(KnownTasks, Does.ContainKey(step.Kind), $"stage {stage.Name}: the replay does not know the task {step.Kind}");
                break;
        }
    }

    /// <summary>
    /// The repository as the team commits it before deploying: this working tree's files with the cluster's
    /// placeholders set (the deployable copy's bicep/), in a repository of its own that each stage clones.
    /// </summary>
    private static string DeployableRepository(string home)
    {
        var origin = Directory.CreateDirectory(Path.Combine(home, "origin")).FullName;
        foreach (var file in Git(Repository, "ls-files", "--cached", "--others", "--exclude-standard").Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var source = Path.Combine(Repository, file);
            if (File.Exists(source))
            {
                var target = Path.Combine(origin, file);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(source, target);
            }
        }

        DeployableCopy.CopyTo(origin);
        Git(origin, "init", "--quiet", "--initial-branch=main");
        Git(origin, "add", "-A");
        Git(origin, "-c", "user.name=pipeline test", "-c", "user.email=pipeline@contoso.invalid", "commit", "--quiet", "-m", "the team's parameters");
        return origin;
    }

    /// <summary>
    /// A fresh agent's checkout. The compiled suite and the tool cache come along (a pipeline builds the same
    /// commit to the same bytes and downloads the same tools); no artifacts/ ever does.
    /// </summary>
    private static void Clone(string origin, string clone)
    {
        Git(Path.GetDirectoryName(clone)!, "clone", "--quiet", origin, clone);
        var built = Path.Combine(Repository, "build", "bin");
        FakeCloud.CopyDirectory(built, Path.Combine(clone, "build", "bin"));
        foreach (var assembly in Directory.EnumerateFiles(Path.Combine(clone, "build", "bin"), "Build.dll", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(assembly, DateTime.UtcNow.AddMinutes(1));
        }

        if (Directory.Exists(Path.Combine(Repository, ".tools")))
        {
            Directory.CreateSymbolicLink(Path.Combine(clone, ".tools"), Path.Combine(Repository, ".tools"));
        }

        Assert.That(Directory.Exists(Path.Combine(clone, "artifacts")), Is.False, "a fresh agent has no artifacts");
    }

    private static string NugetPackages() =>
        Git(Repository, "--version").Length > 0
            ? (System.Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".nuget", "packages")).TrimEnd('/')
            : throw new InvalidOperationException("git is needed");

    private static string Git(string directory, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return process.ExitCode == 0 ? output.Result : throw new InvalidOperationException($"git {string.Join(' ', args)}: {error.Result}");
    }
}
