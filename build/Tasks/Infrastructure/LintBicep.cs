using Build.Caching;
using Build.Hosting;
using Build.Prerequisites;
using Build.Infrastructure;
using Build.Tools.Bicep;
using Cake.Core.Diagnostics;

namespace Build.Tasks.Infrastructure;

[TaskName("Lint.Bicep")]
[TaskDescription("Lints every Bicep template and parameter file (one bicep process); SARIF in artifacts/lint/bicep.sarif.")]
[Requires(Prerequisite.Bicep)]
[IsDependeeOf(typeof(Validate.Lint))]
public sealed class LintBicep : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        var cache = GreenRunCache.For(context);
        var inputs = BicepInputs.Fingerprint(context, "Lint.Bicep");
        if (cache.IsFresh("Lint.Bicep", inputs, context.Artifacts.Combine("lint").CombineWithFilePath("bicep.sarif").FullPath))
        {
            return;
        }

        // environment.json's problems are reported as themselves here, before any bicep process runs
        EnvironmentInput.Check(context);

        var sarif = context.Artifacts.Combine("lint").CombineWithFilePath("bicep.sarif");
        var report = new TemplateLinter(new BicepRunner(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools))
            .Lint(context.Root, sarif);

        foreach (var warning in report.Warnings)
        {
            context.Log.Warning(warning.ToString());
        }

        var errors = report.Errors.ToList();
        foreach (var error in errors)
        {
            context.Log.Error(error.ToString());
        }

        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"bicep lint found {errors.Count} error(s), the first: {errors[0]}");
        }

        context.Log.Information($"Bicep lint: {report.Warnings.Count()} warning(s); SARIF in {sarif.FullPath}.");
        cache.RecordGreen("Lint.Bicep", inputs);
    }
}
