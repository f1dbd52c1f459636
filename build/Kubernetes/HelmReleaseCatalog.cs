using System.ComponentModel.DataAnnotations;

namespace Build.Kubernetes;

/// <summary>helm/releases.yaml: the upstream charts of the layer, in install order, with pinned versions.</summary>
public sealed record HelmReleaseCatalog
{
    public const string FileName = "releases.yaml";

    [Required]
    public IList<HelmRelease> Releases { get; set; } = [];
}
