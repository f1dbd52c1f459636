namespace Build.Tasks.Validate;

/// <summary>
/// The tasks this run executes, as Cake planned them. The checks whose findings Validate.Rules reports (snapshot
/// drift, a layer that does not render) leave them to it when it runs, so one report holds every finding; run on
/// their own, they fail themselves.
/// </summary>
public sealed class RunPlan
{
    private readonly HashSet<string> _tasks = new(StringComparer.OrdinalIgnoreCase);

    public void Planned(IEnumerable<string> tasks)
    {
        _tasks.Clear();
        _tasks.UnionWith(tasks);
    }

    public bool Runs(string task) => _tasks.Contains(task);
}
