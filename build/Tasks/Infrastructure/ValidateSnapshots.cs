using Build.Hosting;
using Build.Prerequisites;
using Build.Infrastructure;
using Build.Tools.Bicep;
using Cake.Core.Diagnostics;

namespace Build.Tasks.Infrastructure;

[TaskName("Validate.Snapshots")]
[TaskDescription("Checks the environment's committed Bicep snapshots (bicep snapshot --mode validate); --update-snapshots rewrites them instead.")]
[Requires(Prerequisite.Bicep)]
[TaskOption("update-snapshots", "Rewrites the environment's snapshots instead of checking them (then commit them).")]
[IsDependeeOf(typeof(Validate.Validate))]
[IsDependentOn(typeof(Validate.Lint))]
public sealed class ValidateSnapshots : FrostingTask<BuildContext>
{
    public const string UpdateArgument = "update-snapshots";

    public override void Run(BuildContext context)
    {
        var snapshots = new EnvironmentSnapshots(
            new BicepRunner(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools),
            new EnvironmentLayout(context.Root, context.EnvironmentName));

        if (context.Arguments.HasArgument(UpdateArgument))
        {
            foreach (var file in snapshots.Update())
            {
                context.Log.Information($"Rewrote {file.FullPath}.");
            }

            return;
        }

        snapshots.Validate();
        context.Log.Information($"The snapshots of '{context.EnvironmentName}' match the templates ({string.Join(", ", Stage.All)}).");
    }
}
