namespace Build.Tools.Az;

/// <summary><c>az acr import</c>: copies a public image into the cluster's registry, so nodes pull only through Private Link.</summary>
public sealed class AzAcrImportSettings : AzSettings
{
    /// <summary>The registry's name (not its login server).</summary>
    public required string Registry { get; set; }

    /// <summary>e.g. <c>docker.io/library/traefik:v3.5.3</c>.</summary>
    public required string Source { get; set; }

    /// <summary>The repository:tag in the registry, e.g. <c>library/traefik:v3.5.3</c>.</summary>
    public required string Image { get; set; }

    public bool Force { get; set; }
}
