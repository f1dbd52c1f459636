using Build.Hosting;

namespace Build.Tasks.Validate;

/// <summary>
/// The tasks this run executes, as the command line asked. The checks whose findings Validate.Rules reports (snapshot
/// drift, a layer that does not render) leave them to it when it runs, so one report holds every finding; run on
/// their own (or with --exclusive), they fail themselves.
/// </summary>
public sealed class RunPlan(PlannedTasks planned)
{
    public bool Runs(string task) => planned.Contains(task);
}
