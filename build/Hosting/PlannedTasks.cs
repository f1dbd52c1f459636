namespace Build.Hosting;

/// <summary>The tasks this run executes, in order, as the command line asked (with <c>--exclusive</c>, the target alone).</summary>
public sealed record PlannedTasks(IReadOnlyList<string> Names)
{
    public bool Contains(string task) => Names.Contains(task, StringComparer.OrdinalIgnoreCase);
}
