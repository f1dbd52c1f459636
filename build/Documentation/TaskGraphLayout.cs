using Build.Hosting;

namespace Build.Documentation;

/// <summary>
/// Places each task in a column by the length of its longest chain of prerequisites, so every
/// edge points left to right; rows follow the order tasks were reached.
/// </summary>
public sealed class TaskGraphLayout
{
    public TaskGraphLayout(TaskCatalog catalog)
    {
        var depth = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in catalog.Entries)
        {
            Depth(catalog, entry, depth);
        }

        Columns = catalog.Entries
            .GroupBy(e => depth[e.Name])
            .OrderBy(g => g.Key)
            .Select(g => (IReadOnlyList<TaskEntry>)g.OrderBy(e => e.Name, StringComparer.Ordinal).ToList())
            .ToList();
        Edges = catalog.Entries
            .SelectMany(e => catalog.Prerequisites(e).Select(p => (From: p.Name, To: e.Name)))
            .ToList();
    }

    public IReadOnlyList<IReadOnlyList<TaskEntry>> Columns { get; }

    public IReadOnlyList<(string From, string To)> Edges { get; }

    private static int Depth(TaskCatalog catalog, TaskEntry entry, Dictionary<string, int> depth)
    {
        if (depth.TryGetValue(entry.Name, out var known))
        {
            return known;
        }

        var value = catalog.Prerequisites(entry).Select(p => Depth(catalog, p, depth) + 1).DefaultIfEmpty(0).Max();
        depth[entry.Name] = value;
        return value;
    }
}
