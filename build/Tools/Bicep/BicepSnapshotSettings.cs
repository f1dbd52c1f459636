using Cake.Core.IO;

namespace Build.Tools.Bicep;

/// <summary><c>bicep snapshot</c>: the resources a .bicepparam predicts, with parameters resolved.</summary>
public sealed class BicepSnapshotSettings : BicepSettings
{
    public required FilePath ParametersFile { get; set; }

    public BicepSnapshotMode Mode { get; set; } = BicepSnapshotMode.Validate;

    public string? SubscriptionId { get; set; }

    public string? TenantId { get; set; }

    public string? ResourceGroup { get; set; }

    public string? Location { get; set; }

    public string? DeploymentName { get; set; }
}
