using Build.Hosting;
using Cake.Core.Diagnostics;

namespace Build.Tasks.Validate;

/// <summary>
/// Lint and Validate are aggregate targets: the checks are tasks declared <c>[IsDependeeOf]</c> them.
/// This says what ran, and refuses to pass when there are files but no check for them.
/// </summary>
internal static class GateSummary
{
    public static void Report(BuildContext context, TaskCatalog catalog, string gate, params string[] excluded)
    {
        var checks = catalog.Prerequisites(catalog.Get(gate))
            .Select(e => e.Name)
            .Where(name => !excluded.Contains(name, StringComparer.OrdinalIgnoreCase))
            .ToList();
        if (checks.Count > 0)
        {
            context.Log.Information($"{gate}: {string.Join(", ", checks)} passed.");
            return;
        }

        var uncheckedFolders = SourceFolders.NonEmpty(context);
        if (uncheckedFolders.Count > 0)
        {
            throw new InvalidOperationException($"{gate} has no check for {string.Join(", ", uncheckedFolders)}: add a task with [IsDependeeOf(typeof({gate}))].");
        }

        context.Log.Information($"Nothing to {gate.ToLowerInvariant()} yet: bicep/, helm/ and manifests/ are empty.");
    }
}
