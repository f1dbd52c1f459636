namespace Build.Tools.Az;

/// <summary><c>az group delete --yes</c>.</summary>
public sealed class AzGroupDeleteSettings : AzSettings
{
    public required string Name { get; set; }

    /// <summary>Returns at once instead of waiting for the deletion to finish.</summary>
    public bool NoWait { get; set; }
}
