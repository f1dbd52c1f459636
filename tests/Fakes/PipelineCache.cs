namespace Build.Tests.Fakes;

/// <summary>
/// Azure Pipelines' Cache@2 for a folder of the checkout, as its documentation describes it: on restore, the exact key
/// if it was saved, else the most recent entry whose key starts with one of the restore keys (in order), else nothing;
/// at the end of the job, the folder is saved under the key unless the key was an exact hit. Keys are the task's
/// string after <c>$(Agent.OS)</c> and <c>$(Build.SourceVersion)</c> are resolved.
/// </summary>
public sealed class PipelineCache(string store)
{
    private readonly List<(string Key, string Folder)> _pending = [];

    /// <summary>An entry an earlier run saved.</summary>
    public void Saved(string key, string folder)
    {
        FakeCloud.CopyDirectory(folder, Entry(key));
        File.WriteAllText(Path.Combine(store, Name(key) + ".key"), key);
    }

    /// <returns>The key restored, or null on a miss.</returns>
    public string? Restore(string key, IEnumerable<string> restoreKeys, string folder)
    {
        var hit = Saved().FirstOrDefault(saved => saved.Key == key).Key
            ?? restoreKeys.Select(prefix => Saved().Where(saved => saved.Key.StartsWith(prefix, StringComparison.Ordinal)).OrderByDescending(saved => saved.Time).Select(saved => saved.Key).FirstOrDefault())
                .FirstOrDefault(found => found is not null);
        if (hit is not null)
        {
            FakeCloud.CopyDirectory(Entry(hit), folder);
        }

        if (hit != key)
        {
            _pending.Add((key, folder));
        }

        return hit;
    }

    /// <summary>The job's end: what missed its exact key is saved under it.</summary>
    public void EndJob()
    {
        foreach (var (key, folder) in _pending.Where(pending => Directory.Exists(pending.Folder)))
        {
            Saved(key, folder);
        }

        _pending.Clear();
    }

    private IEnumerable<(string Key, DateTime Time)> Saved() =>
        Directory.Exists(store)
            ? Directory.EnumerateFiles(store, "*.key").Select(file => (File.ReadAllText(file), File.GetLastWriteTimeUtc(file)))
            : [];

    private string Entry(string key) => Path.Combine(store, Name(key));

    private static string Name(string key) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)))[..16];
}
