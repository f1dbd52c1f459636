using System.Reflection;
using Build.Hosting;

namespace Build.Prerequisites;

/// <summary>What a target needs: the union of <see cref="RequiresAttribute"/> over every task it runs.</summary>
public sealed class TargetRequirements(TaskCatalog catalog)
{
    public IReadOnlySet<Prerequisite> For(string target, bool exclusive = false)
    {
        var tasks = exclusive ? [catalog.Get(target)] : catalog.ExecutionOrder(target);
        return tasks.SelectMany(Declared).ToHashSet();
    }

    /// <summary>The tasks that declare a prerequisite themselves.</summary>
    public IReadOnlyList<string> UsedBy(Prerequisite prerequisite) =>
        catalog.Entries.Where(e => Declared(e).Contains(prerequisite)).Select(e => e.Name).ToList();

    private static IEnumerable<Prerequisite> Declared(TaskEntry entry) =>
        entry.Type.GetCustomAttribute<RequiresAttribute>()?.Prerequisites ?? [];
}
