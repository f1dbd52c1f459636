using Build.Hosting;
using Build.Prerequisites;
using Build.Infrastructure;
using Build.Tools.Bicep;
using Cake.Core.Diagnostics;

namespace Build.Tasks.Infrastructure;

[TaskName("Snapshots")]
[TaskDescription("Regenerates the environment's Bicep snapshots (hub, spoke, cluster): run it when a template change is intended, then commit them.")]
[Requires(Prerequisite.Bicep)]
public sealed class Snapshots(BicepWorkspace bicep) : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        EnvironmentInput.Check(context);
        var snapshots = new EnvironmentSnapshots(bicep, new EnvironmentLayout(context.Root, context.EnvironmentName));
        foreach (var file in await snapshots.Update())
        {
            context.Log.Information($"Wrote {file.FullPath}.");
        }

        // the snapshot check's records: the templates predict exactly these now
        await Validation.ValidationSources.SnapshotRecords(context).RecordAccepted(bicep);
    }
}
