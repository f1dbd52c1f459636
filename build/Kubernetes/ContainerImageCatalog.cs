using System.ComponentModel.DataAnnotations;

namespace Build.Kubernetes;

/// <summary>helm/images.yaml: the images the deploy stage imports into ACR before the layer is installed.</summary>
public sealed record ContainerImageCatalog
{
    public const string FileName = "images.yaml";

    [Required]
    public IList<ContainerImage> Images { get; set; } = [];
}
