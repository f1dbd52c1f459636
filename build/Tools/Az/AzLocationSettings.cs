namespace Build.Tools.Az;

/// <summary>A command scoped to a region: <c>az vm list-usage</c>, <c>az aks get-versions</c>, <c>az vm list-skus</c>.</summary>
public sealed class AzLocationSettings : AzSettings
{
    public required string Location { get; set; }

    /// <summary>For list-skus: only this VM size.</summary>
    public string? Size { get; set; }
}
