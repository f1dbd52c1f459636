using Build.Caching;
using Build.Hosting;
using Build.Prerequisites;
using Build.Infrastructure;
using Build.Tools.Bicep;
using Cake.Core.Diagnostics;

namespace Build.Tasks.Infrastructure;

[TaskName("Validate.Bicep")]
[TaskDescription("Compiles every Bicep deployment to ARM JSON in artifacts/bicep (one bicep process).")]
[Requires(Prerequisite.Bicep)]
[IsDependeeOf(typeof(Validate.Validate))]
[IsDependentOn(typeof(Validate.Lint))]
public sealed class ValidateBicep : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        var cache = GreenRunCache.For(context);
        var inputs = BicepInputs.Fingerprint(context, "Validate.Bicep");
        if (cache.IsFresh("Validate.Bicep", inputs, context.Artifacts.Combine("bicep").FullPath))
        {
            return;
        }

        // environment.json's problems are reported as themselves here, before any bicep process runs
        EnvironmentInput.Check(context);

        var compiled = new TemplateCompiler(new BicepRunner(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools))
            .Build(context.Root, context.Artifacts.Combine("bicep"));

        foreach (var warning in compiled.Diagnostics)
        {
            context.Log.Warning(warning.ToString());
        }

        context.Log.Information($"Compiled {string.Join(", ", compiled.Templates.Select(t => t.GetFilename()))} into {context.Artifacts.Combine("bicep").FullPath}.");
        cache.RecordGreen("Validate.Bicep", inputs);
    }
}
