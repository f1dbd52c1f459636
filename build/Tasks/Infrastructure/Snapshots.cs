using Build.Hosting;
using Build.Prerequisites;
using Build.Infrastructure;
using Build.Tools.Bicep;
using Cake.Core.Diagnostics;

namespace Build.Tasks.Infrastructure;

[TaskName("Snapshots")]
[TaskDescription("Regenerates the environment's Bicep snapshots (hub, spoke, cluster): run it when a template change is intended, then commit them.")]
[Requires(Prerequisite.Bicep)]
public sealed class Snapshots : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        EnvironmentInput.Check(context);
        var snapshots = new EnvironmentSnapshots(
            new BicepRunner(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools),
            new EnvironmentLayout(context.Root, context.EnvironmentName));

        foreach (var file in snapshots.Update())
        {
            context.Log.Information($"Wrote {file.FullPath}.");
        }
    }
}
