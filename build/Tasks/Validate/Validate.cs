using Build.Hosting;

namespace Build.Tasks.Validate;

[TaskName("Validate")]
[TaskDescription("The offline gate: lint, compile, snapshot-check and validate everything (default target).")]
[IsDependentOn(typeof(Lint))]
public sealed class Validate(TaskCatalog catalog) : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context) => GateSummary.Report(context, catalog, "Validate", "Lint");
}
