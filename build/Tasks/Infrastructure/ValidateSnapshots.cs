using Build.Caching;
using Build.Hosting;
using Build.Prerequisites;
using Build.Infrastructure;
using Build.Tasks.Validate;
using Build.Tasks.Validation;
using Build.Tools.Bicep;
using Cake.Core.Diagnostics;

namespace Build.Tasks.Infrastructure;

[TaskName("Validate.Snapshots")]
[TaskDescription("Predicts what the environment's templates deploy now and compares it with the committed snapshots (bicep snapshot --mode validate); the rules judge the prediction, drift is reported with them. --update-snapshots rewrites the snapshots instead.")]
[Requires(Prerequisite.Bicep)]
[IsDependeeOf(typeof(Validate.Validate))]
[IsDependentOn(typeof(Validate.Lint))]
public sealed class ValidateSnapshots(RunPlan plan) : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        EnvironmentInput.Check(context);
        var layout = new EnvironmentLayout(context.Root, context.EnvironmentName);
        var snapshots = new EnvironmentSnapshots(
            new BicepRunner(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools),
            layout);

        if (context.Options.UpdateSnapshots)
        {
            foreach (var rewritten in snapshots.Update())
            {
                context.Log.Information($"Rewrote {rewritten.FullPath}.");
            }

            return;
        }

        var file = PredictionFile.PathFor(context.Root.FullPath, context.EnvironmentName);
        var cache = GreenRunCache.For(context);
        var inputs = BicepInputs.Fingerprint(context, ValidationSources.PredictionCheck);
        var prediction = cache.IsFresh(ValidationSources.PredictionCheck, inputs, file) ? PredictionFile.Read(file, inputs) : null;
        if (prediction is null)
        {
            prediction = snapshots.Predict(PredictionFile.Directory(context.Root.FullPath, context.EnvironmentName));
            PredictionFile.Write(file, prediction, inputs);
            cache.RecordGreen(ValidationSources.PredictionCheck, inputs);
        }

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
