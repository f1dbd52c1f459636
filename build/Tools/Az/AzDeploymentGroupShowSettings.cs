namespace Build.Tools.Az;

/// <summary><c>az deployment group show</c>: the last deployment of that name, with its outputs and tags.</summary>
public sealed class AzDeploymentGroupShowSettings : AzSettings
{
    public required string ResourceGroup { get; set; }

    public required string Name { get; set; }
}
