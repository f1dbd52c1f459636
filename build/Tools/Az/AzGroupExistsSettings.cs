namespace Build.Tools.Az;

/// <summary><c>az group exists</c>.</summary>
public sealed class AzGroupExistsSettings : AzSettings
{
    public required string Name { get; set; }
}
