using System.ComponentModel.DataAnnotations;
using YamlDotNet.Serialization;

namespace Build.Kubernetes;

/// <summary>
/// An upstream chart the deploy stage installs (an entry of helm/releases.yaml): pinned version, the
/// namespace (rendered, so it may be a Bicep output), the values file under helm/, and the manifest
/// folder it must precede.
/// </summary>
public sealed record HelmRelease
{
    [Required]
    public string Name { get; set; } = string.Empty;

    [Required]
    public string Chart { get; set; } = string.Empty;

    [Required]
    public HelmRepository Repository { get; set; } = new();

    [Required]
    public string Version { get; set; } = string.Empty;

    [Required]
    public string Namespace { get; set; } = string.Empty;

    /// <summary>The values file, relative to helm/.</summary>
    [Required]
    public string Values { get; set; } = string.Empty;

    /// <summary>The manifest folder (manifests/&lt;name&gt;) that needs this release installed first.</summary>
    [Required]
    public string InstallBefore { get; set; } = string.Empty;

    /// <summary>What <c>helm upgrade --install</c> takes as the chart: <c>&lt;repository&gt;/&lt;chart&gt;</c>.</summary>
    [YamlIgnore]
    public string ChartReference => $"{Repository.Name}/{Chart}";
}
