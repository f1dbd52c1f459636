using Build.Hosting;

namespace Build.Tasks.Validate;

[TaskName("Lint")]
[TaskDescription("Lints the Bicep templates, helm charts and YAML files (offline).")]
public sealed class Lint(TaskCatalog catalog) : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context) => GateSummary.Report(context, catalog, "Lint");
}
