using System.ComponentModel.DataAnnotations;

namespace Build.Kubernetes;

/// <summary>A chart repository as <c>helm repo add &lt;name&gt; &lt;url&gt;</c> takes it.</summary>
public sealed record HelmRepository
{
    [Required]
    public string Name { get; set; } = string.Empty;

    [Required]
    public string Url { get; set; } = string.Empty;
}
