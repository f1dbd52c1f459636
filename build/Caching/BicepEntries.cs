using Cake.Core.Diagnostics;

namespace Build.Caching;

/// <summary>A Bicep check's entries, split into those fresh since their last green run and those to compile again.</summary>
public sealed record BicepEntries(string Check, IReadOnlyList<string> All, IReadOnlyDictionary<string, BicepEntryRecord> Fresh)
{
    public IReadOnlyList<string> Stale => All.Where(entry => !Fresh.ContainsKey(entry)).ToList();

    public static BicepEntries Sort(IReadOnlyList<string> entries, BicepEntryCache cache)
    {
        var fresh = new Dictionary<string, BicepEntryRecord>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (cache.Fresh(entry) is { } record)
            {
                fresh[entry] = record;
            }
        }

        return new BicepEntries(cache.Check, entries, fresh);
    }

    /// <summary>Says what the cache spares: everything, some files, or nothing (then it says nothing).</summary>
    public void Describe(ICakeLog log, string root)
    {
        var stale = Stale;
        if (stale.Count == 0)
        {
            log.Information($"{Check}: inputs unchanged since its last green run; not run again (--no-cache to run it anyway).");
        }
        else if (Fresh.Count > 0)
        {
            log.Information($"{Check}: {string.Join(", ", stale.Select(entry => InputFingerprint.Relative(root, entry)))} changed or read a changed file; the other {Fresh.Count} are unchanged since their last green run.");
        }
    }
}
