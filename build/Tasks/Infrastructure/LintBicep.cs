using Build.Hosting;
using Build.Prerequisites;
using Build.Tasks.Validate;
using Cake.Core.Diagnostics;

namespace Build.Tasks.Infrastructure;

[TaskName("Lint.Bicep")]
[TaskDescription("Lints every Bicep template and parameter file (the run's one bicep compiler); SARIF in artifacts/lint/bicep.sarif.")]
[Requires(Prerequisite.Bicep)]
[IsDependeeOf(typeof(Validate.Lint))]
public sealed class LintBicep(GateWork gate) : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        var lint = await gate.Lint();
        lint.Entries.Describe(context.Log, context.Root.FullPath);
        if (lint.Report is not { } report)
        {
            return;
        }

        var sarif = BicepLint.Sarif(context);
        report.WriteSarif(sarif.FullPath);
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
    }
}
