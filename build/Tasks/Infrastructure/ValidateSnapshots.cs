using Build.Caching;
using Build.Hosting;
using Build.Prerequisites;
using Build.Infrastructure;
using Build.Tools.Bicep;
using Cake.Core.Diagnostics;

namespace Build.Tasks.Infrastructure;

[TaskName("Validate.Snapshots")]
[TaskDescription("Checks the environment's committed Bicep snapshots (bicep snapshot --mode validate); --update-snapshots rewrites them instead.")]
[Requires(Prerequisite.Bicep)]
[IsDependeeOf(typeof(Validate.Validate))]
[IsDependentOn(typeof(Validate.Lint))]
public sealed class ValidateSnapshots : FrostingTask<BuildContext>
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
            foreach (var file in snapshots.Update())
            {
                context.Log.Information($"Rewrote {file.FullPath}.");
            }

            return;
        }

        var reports = context.Artifacts.Combine("validation").FullPath;
        var cache = GreenRunCache.For(context);
        var inputs = BicepInputs.Fingerprint(context, "Validate.Snapshots");
        if (cache.IsFresh("Validate.Snapshots", inputs, Path.Combine(reports, "snapshots.sarif")))
        {
            return;
        }

        // drift stops the run before Validate.Rules, so its SARIF/JUnit (rule SNAPSHOT001) are written here
        Build.Validation.SnapshotDriftReport.Check(() => snapshots.Validate(), layout, reports);
        cache.RecordGreen("Validate.Snapshots", inputs);
        context.Log.Information($"The snapshots of '{context.EnvironmentName}' match the templates ({string.Join(", ", Stage.All)}).");
    }
}
