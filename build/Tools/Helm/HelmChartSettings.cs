using Cake.Core.IO;

namespace Build.Tools.Helm;

/// <summary>What <c>helm upgrade</c> and <c>helm template</c> share: a release of a chart with values.</summary>
public abstract class HelmChartSettings : HelmSettings
{
    public required string Release { get; set; }

    /// <summary>A repository chart (<c>traefik/traefik</c>) or a local chart folder.</summary>
    public required string Chart { get; set; }

    /// <summary>The pinned chart version; required for repository charts so deploys are repeatable.</summary>
    public string? Version { get; set; }

    public string? Namespace { get; set; }

    public IList<FilePath> ValuesFiles { get; } = [];

    public IDictionary<string, string> SetValues { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Values that must not be printed: passed with <c>--set</c> and shown as <c>name=[REDACTED]</c>.</summary>
    public IDictionary<string, string> SetSecretValues { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal);
}
