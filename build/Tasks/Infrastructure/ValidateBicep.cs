using Build.Caching;
using Build.Hosting;
using Build.Prerequisites;
using Build.Infrastructure;
using Build.Tools.Bicep;
using Cake.Core.Diagnostics;

namespace Build.Tasks.Infrastructure;

[TaskName("Validate.Bicep")]
[TaskDescription("Compiles every Bicep deployment to ARM JSON in artifacts/bicep (the run's one bicep compiler).")]
[Requires(Prerequisite.Bicep)]
[IsDependeeOf(typeof(Validate.Validate))]
[IsDependentOn(typeof(Validate.Lint))]
public sealed class ValidateBicep(BicepWorkspace bicep) : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        var output = context.Artifacts.Combine("bicep");
        var cache = BicepEntryCache.For(context, "Validate.Bicep");
        var entries = TemplateCompiler.Sort(context.Root, output, cache);
        entries.Describe(context.Log, context.Root.FullPath);
        if (entries.Stale.Count == 0)
        {
            return;
        }

        // environment.json's problems are reported as themselves here, before bicep reads it
        EnvironmentInput.Check(context);

        var compiled = await new TemplateCompiler(bicep, cache).Build(entries, context.Root, output);
        foreach (var warning in compiled.Diagnostics)
        {
            context.Log.Warning(warning.ToString());
        }

        context.Log.Information($"Compiled {string.Join(", ", entries.Stale.Select(t => System.IO.Path.GetFileName(t)))} into {output.FullPath}.");
    }
}
