namespace Build.Tools.Helm;

/// <summary><c>helm upgrade --install</c>: install or update a release, idempotently.</summary>
public sealed class HelmUpgradeSettings : HelmChartSettings
{
    public bool Install { get; set; } = true;

    public bool CreateNamespace { get; set; }

    /// <summary>Roll back on failure (helm 3 <c>--atomic</c>, helm 4 <c>--rollback-on-failure</c>); implies waiting.</summary>
    public bool Atomic { get; set; }

    public bool Wait { get; set; }

    public TimeSpan? Timeout { get; set; }

    /// <summary>Release labels (helm 3.13+ and 4): the suite records the hash of the release's inputs here.</summary>
    public IDictionary<string, string> Labels { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal);
}
