using Build.Hosting;
using Build.Prerequisites;
using Cake.Common.Tools.DotNet;
using Cake.Common.Tools.DotNet.Run;
using Cake.Core;
using Cake.Core.IO;

namespace Build.Tasks.Benchmark;

[TaskName("Benchmark")]
[TaskDescription("Times the suite against the bare tools, side by side, medians of --runs (Validate after a comment-only template edit and with nothing changed, against per-process bicep; --no-cache; --tree and --help; a no-change fake Deploy; the whole test suite once) and the rule engine; results in artifacts/benchmarks/results.json.")]
[Requires(Prerequisite.DotNet, Prerequisite.Bicep)]
public sealed class Benchmark : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        var runs = context.Options.Runs;
        var arguments = new ProcessArgumentBuilder()
            .Append($"--root={context.Root.FullPath}")
            .Append($"--runs={runs}")
            .Append($"--environment={context.EnvironmentName}")
            .Append($"--output={context.Artifacts.Combine("benchmarks").CombineWithFilePath("results.json").FullPath}");
        try
        {
            context.DotNetRun(
                context.Root.CombineWithFilePath("tests/Build.Benchmarks/Build.Benchmarks.csproj").FullPath,
                arguments,
                new DotNetRunSettings { Configuration = "Release" });
        }
        catch (CakeException)
        {
            throw new InvalidOperationException("A benchmark missed its target or failed: see the table above and artifacts/benchmarks/results.json.");
        }
    }
}
