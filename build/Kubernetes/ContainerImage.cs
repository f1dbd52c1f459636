using System.ComponentModel.DataAnnotations;

namespace Build.Kubernetes;

/// <summary>
/// An image the layer runs from the cluster's registry: the public <see cref="Source"/> the deploy stage
/// imports (<c>az acr import --source</c>) as <see cref="Target"/> (repository:tag inside ACR).
/// </summary>
public sealed record ContainerImage
{
    [Required]
    public string Source { get; set; } = string.Empty;

    [Required]
    public string Target { get; set; } = string.Empty;

    /// <summary>The reference pods use: <c>&lt;acrLoginServer&gt;/&lt;target&gt;</c>.</summary>
    public string InRegistry(string loginServer) => $"{loginServer}/{Target}";
}
