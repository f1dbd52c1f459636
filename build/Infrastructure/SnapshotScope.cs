using Build.Tools.Bicep;

namespace Build.Infrastructure;

/// <summary>
/// The fixed deployment scope every offline snapshot is evaluated in, so that the same templates and
/// parameters always predict byte-identical resources. Validate and Snapshots both go through here.
/// Subscription and tenant are all-zero placeholders (a snapshot is never deployed); resource group
/// and location are the environment's own, so ids and names read as they will in Azure.
/// </summary>
public sealed record SnapshotScope(string SubscriptionId, string TenantId, string ResourceGroup, string Location, string DeploymentName)
{
    public const string PlaceholderId = "00000000-0000-0000-0000-000000000000";

    public static SnapshotScope For(Stage stage, EnvironmentSettings settings) =>
        new(PlaceholderId, PlaceholderId, settings.ResourceGroup(stage), settings.Location, stage.Name);

    /// <summary>The scope as bicep's snapshot request takes it.</summary>
    public BicepSnapshotScope Metadata => new(TenantId, SubscriptionId, ResourceGroup, Location, DeploymentName);
}
