using Build.Hosting;
using Build.Prerequisites;
using Build.Tasks.Validate;
using Cake.Core.Diagnostics;

namespace Build.Tasks.Infrastructure;

[TaskName("Validate.Bicep")]
[TaskDescription("Compiles every Bicep deployment to ARM JSON in artifacts/bicep (the run's one bicep compiler).")]
[Requires(Prerequisite.Bicep)]
[IsDependeeOf(typeof(Validate.Validate))]
[IsDependentOn(typeof(Validate.Lint))]
public sealed class ValidateBicep(GateWork gate) : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        var build = await gate.Templates();
        build.Entries.Describe(context.Log, context.Root.FullPath);
        if (build.Compiled is not { } compiled)
        {
            return;
        }

        foreach (var warning in compiled.Diagnostics)
        {
            context.Log.Warning(warning.ToString());
        }

        context.Log.Information($"Compiled {string.Join(", ", build.Entries.Stale.Select(System.IO.Path.GetFileName))} into {context.Artifacts.Combine("bicep").FullPath}.");
    }
}
