using Build.Caching;
using Build.Hosting;
using Build.Prerequisites;
using Build.Infrastructure;
using Build.Tasks.Validate;
using Build.Tools.Bicep;
using Cake.Core.Diagnostics;

namespace Build.Tasks.Infrastructure;

[TaskName("Validate.Snapshots")]
[TaskDescription("Predicts what the environment's templates deploy now and compares it with the committed snapshots (as bicep snapshot --mode validate does, outputs included); the rules judge the prediction, drift is reported with them. --update-snapshots rewrites the snapshots instead.")]
[Requires(Prerequisite.Bicep)]
[IsDependeeOf(typeof(Validate.Validate))]
[IsDependentOn(typeof(Validate.Lint))]
public sealed class ValidateSnapshots(RunPlan plan, GateWork gate, BicepWorkspace bicep) : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        if (context.Options.UpdateSnapshots)
        {
            EnvironmentInput.Check(context);
            foreach (var rewritten in await new EnvironmentSnapshots(bicep, new EnvironmentLayout(context.Root, context.EnvironmentName)).Update())
            {
                context.Log.Information($"Rewrote {rewritten.FullPath}.");
            }

            await Validation.ValidationSources.SnapshotRecords(context).RecordAccepted(bicep);
            return;
        }

        var (standing, prediction) = await gate.Snapshots();
        var layout = new EnvironmentLayout(context.Root, context.EnvironmentName);
        BicepEntries.Describe(
            context.Log,
            SnapshotCheck.Name,
            Stage.All.Where(stage => !standing.ContainsKey(stage)).Select(stage => System.IO.Path.GetRelativePath(context.Root.FullPath, layout.Parameters(stage).FullPath)).ToList(),
            standing.Count);
        if (prediction.Drifts.Count == 0)
        {
            context.Log.Information($"The snapshots of '{context.EnvironmentName}' match the templates ({string.Join(", ", Stage.All)}).");
            return;
        }

        var drift = new SnapshotDriftException(context.EnvironmentName, prediction.Drifts);
        if (!plan.Runs("Validate.Rules"))
        {
            throw drift;
        }

        // one report: Validate.Rules says it (SNAPSHOT001) next to what the rules find in the fresh prediction
        context.Log.Error(drift.Message);
        context.Log.Information($"Validate.Snapshots: the rules judge what the templates predict now ({string.Join(", ", prediction.Snapshots.Where(snapshot => snapshot.IsFresh).Select(snapshot => snapshot.File))}); Validate.Rules reports the drift with them.");
    }
}
