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
    public void Describe(ICakeLog log, string root) => Describe(log, Check, Stale.Select(entry => InputFingerprint.Relative(root, entry)).ToList(), Fresh.Count);

    /// <param name="stale">The files run again, as the user knows them.</param>
    /// <param name="fresh">How many were spared.</param>
    public static void Describe(ICakeLog log, string check, IReadOnlyList<string> stale, int fresh)
    {
        if (stale.Count == 0)
        {
            log.Information($"{check}: inputs unchanged since its last green run; not run again (--no-cache to run it anyway).");
        }
        else if (fresh > 0)
        {
            log.Information($"{check}: {string.Join(", ", stale)} changed or read a changed file; the other {fresh} are unchanged since their last green run.");
        }
    }
}
