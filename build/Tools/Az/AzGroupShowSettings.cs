namespace Build.Tools.Az;

/// <summary><c>az group show</c>: the group with its tags, or null when there is none.</summary>
public sealed class AzGroupShowSettings : AzSettings
{
    public required string Name { get; set; }
}
