namespace Build.Kubernetes.Charts;

/// <summary>A pinned chart version as a packaged archive in the suite's chart cache (<c>.tools/charts/&lt;name&gt;-&lt;version&gt;.tgz</c>).</summary>
/// <param name="Source">Where it came from: the HELM_CHART_ARCHIVES folder, the chart repository, or the cache.</param>
public sealed record ChartArchive(string Name, string Version, string Path, string Source)
{
    public static string FileName(string chart, string version) => $"{chart}-{version}.tgz";

    public override string ToString() => $"{Name} {Version}";
}
