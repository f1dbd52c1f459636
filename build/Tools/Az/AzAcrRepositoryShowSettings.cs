namespace Build.Tools.Az;

/// <summary><c>az acr repository show --image</c>: whether a tag is already in the registry.</summary>
public sealed class AzAcrRepositoryShowSettings : AzSettings
{
    public required string Registry { get; set; }

    /// <summary>repository:tag.</summary>
    public required string Image { get; set; }
}
