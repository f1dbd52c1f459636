using Build.Caching;
using Build.Hosting;
using Build.Prerequisites;
using Build.Infrastructure;
using Build.Tools.Bicep;
using Cake.Core.Diagnostics;

namespace Build.Tasks.Infrastructure;

[TaskName("Lint.Bicep")]
[TaskDescription("Lints every Bicep template and parameter file (the run's one bicep compiler); SARIF in artifacts/lint/bicep.sarif.")]
[Requires(Prerequisite.Bicep)]
[IsDependeeOf(typeof(Validate.Lint))]
public sealed class LintBicep(BicepWorkspace bicep) : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        var sarif = context.Artifacts.Combine("lint").CombineWithFilePath("bicep.sarif");
        var cache = BicepEntryCache.For(context, "Lint.Bicep");
        var entries = BicepEntries.Sort(TemplateLinter.Entries(context.Root), cache);
        entries.Describe(context.Log, context.Root.FullPath);
        if (entries.Stale.Count == 0 && File.Exists(sarif.FullPath))
        {
            return;
        }

        // environment.json's problems are reported as themselves here, before bicep reads it
        EnvironmentInput.Check(context);

        var report = await new TemplateLinter(bicep, cache).Lint(entries, context.Root);
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
