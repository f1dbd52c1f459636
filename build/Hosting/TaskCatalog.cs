using System.Reflection;

namespace Build.Hosting;

/// <summary>
/// Every task class found in the build assemblies, with the graph its attributes describe. Read
/// without running anything, so help, Doctor and the graph pictures can use it.
/// </summary>
public sealed class TaskCatalog
{
    private readonly Dictionary<string, TaskEntry> _byName;

    public TaskCatalog(IEnumerable<Type> taskTypes)
    {
        var types = taskTypes.ToList();
        Entries = types.Select(Describe).OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
        _byName = new Dictionary<string, TaskEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in Entries)
        {
            if (!_byName.TryAdd(entry.Name, entry))
            {
                throw new InvalidOperationException($"Two task classes are named '{entry.Name}': {_byName[entry.Name].Type.FullName} and {entry.Type.FullName}.");
            }
        }
    }

    public IReadOnlyList<TaskEntry> Entries { get; }

    public static TaskCatalog FromAssemblies(IEnumerable<Assembly> assemblies) =>
        new(assemblies.SelectMany(a => a.GetTypes()).Where(IsTask));

    public static bool IsTask(Type type) =>
        type is { IsClass: true, IsAbstract: false } && typeof(IFrostingTask).IsAssignableFrom(type);

    public static string NameOf(Type taskType) =>
        taskType.GetCustomAttribute<TaskNameAttribute>()?.Name ?? taskType.Name;

    public bool TryGet(string name, out TaskEntry entry) => _byName.TryGetValue(name, out entry!);

    public TaskEntry Get(string name) =>
        TryGet(name, out var entry) ? entry : throw new KeyNotFoundException($"No task is named '{name}'.");

    /// <summary>The tasks that run for <paramref name="target"/>, dependencies first, the target last.</summary>
    public IReadOnlyList<TaskEntry> ExecutionOrder(string target)
    {
        var ordered = new List<TaskEntry>();
        var visited = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        Visit(Get(target), ordered, visited);
        return ordered;
    }

    /// <summary>The tasks a run of <paramref name="target"/> executes: its whole graph, or the target alone with --exclusive.</summary>
    public IReadOnlyList<TaskEntry> Graph(string target, bool exclusive) => exclusive ? [Get(target)] : ExecutionOrder(target);

    /// <summary>The direct prerequisites of a task: its own IsDependentOn plus every IsDependeeOf that names it.</summary>
    public IEnumerable<TaskEntry> Prerequisites(TaskEntry entry) =>
        entry.DependsOn.Select(Get)
            .Concat(Entries.Where(e => e.DependeeOf.Contains(entry.Name, StringComparer.OrdinalIgnoreCase)))
            .Distinct();

    private void Visit(TaskEntry entry, List<TaskEntry> ordered, HashSet<string> visited)
    {
        if (!visited.Add(entry.Name))
        {
            return;
        }

        foreach (var prerequisite in Prerequisites(entry))
        {
            Visit(prerequisite, ordered, visited);
        }

        ordered.Add(entry);
    }

    private static TaskEntry Describe(Type type) => new(
        NameOf(type),
        type.GetCustomAttribute<TaskDescriptionAttribute>()?.Description ?? string.Empty,
        type,
        type.GetCustomAttributes<IsDependentOnAttribute>().Select(a => NameOf(a.Task)).ToList(),
        type.GetCustomAttributes<IsDependeeOfAttribute>().Select(a => NameOf(a.Task)).ToList());
}
