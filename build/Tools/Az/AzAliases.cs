using Cake.Core;
using Cake.Core.Annotations;

namespace Build.Tools.Az;

/// <summary>
/// Azure CLI aliases. Cake.AzureCli returns <c>dynamic</c>; these return records, so a renamed
/// output or a changed shape is a compile error or a one-line message, not a late null.
/// </summary>
[CakeAliasCategory("Az")]
public static class AzAliases
{
    [CakeMethodAlias]
    public static AzAccount AzAccountShow(this ICakeContext context, AzAccountShowSettings? settings = null) =>
        Runner(context).AccountShow(settings ?? new AzAccountShowSettings());

    [CakeMethodAlias]
    public static string AzVersion(this ICakeContext context, AzSettings? settings = null) =>
        Runner(context).Version(settings ?? new AzSettings());

    [CakeMethodAlias]
    public static AzResourceGroup AzGroupCreate(this ICakeContext context, AzGroupCreateSettings settings) =>
        Runner(context).GroupCreate(settings);

    [CakeMethodAlias]
    public static bool AzGroupExists(this ICakeContext context, AzGroupExistsSettings settings) =>
        Runner(context).GroupExists(settings);

    [CakeMethodAlias]
    public static void AzGroupDelete(this ICakeContext context, AzGroupDeleteSettings settings) =>
        Runner(context).GroupDelete(settings);

    [CakeMethodAlias]
    public static AzDeployment AzDeploymentGroupCreate(this ICakeContext context, AzDeploymentGroupCreateSettings settings) =>
        Runner(context).DeploymentGroupCreate(settings);

    [CakeMethodAlias]
    public static AzWhatIfResult AzDeploymentGroupWhatIf(this ICakeContext context, AzDeploymentGroupWhatIfSettings settings) =>
        Runner(context).DeploymentGroupWhatIf(settings);

    [CakeMethodAlias]
    public static AzDeployment? AzDeploymentGroupShow(this ICakeContext context, AzDeploymentGroupShowSettings settings) =>
        Runner(context).DeploymentGroupShow(settings);

    [CakeMethodAlias]
    public static void AzAksGetCredentials(this ICakeContext context, AzAksGetCredentialsSettings settings) =>
        Runner(context).AksGetCredentials(settings);

    [CakeMethodAlias]
    public static AzAcrImportOutcome AzAcrImport(this ICakeContext context, AzAcrImportSettings settings) =>
        Runner(context).AcrImport(settings);

    [CakeMethodAlias]
    public static AzResourceGroup? AzGroupShow(this ICakeContext context, AzGroupShowSettings settings) =>
        Runner(context).GroupShow(settings);

    [CakeMethodAlias]
    public static AzApplicationGateway? AzApplicationGatewayShow(this ICakeContext context, AzApplicationGatewayShowSettings settings) =>
        Runner(context).ApplicationGatewayShow(settings);

    [CakeMethodAlias]
    public static AzAccessToken AzAccountGetAccessToken(this ICakeContext context, AzSettings? settings = null) =>
        Runner(context).AccountGetAccessToken(settings ?? new AzSettings());

    [CakeMethodAlias]
    public static AzKeyVault AzKeyVaultShow(this ICakeContext context, AzKeyVaultSettings settings) =>
        Runner(context).KeyVaultShow(settings);

    [CakeMethodAlias]
    public static AzDeletedKeyVault? AzKeyVaultShowDeleted(this ICakeContext context, AzKeyVaultSettings settings) =>
        Runner(context).KeyVaultShowDeleted(settings);

    [CakeMethodAlias]
    public static void AzKeyVaultPurge(this ICakeContext context, AzKeyVaultSettings settings) =>
        Runner(context).KeyVaultPurge(settings);

    [CakeMethodAlias]
    public static void AzKeyVaultNetworkRuleAdd(this ICakeContext context, AzKeyVaultNetworkRuleSettings settings) =>
        Runner(context).KeyVaultNetworkRuleAdd(settings);

    [CakeMethodAlias]
    public static void AzKeyVaultNetworkRuleRemove(this ICakeContext context, AzKeyVaultNetworkRuleSettings settings) =>
        Runner(context).KeyVaultNetworkRuleRemove(settings);

    [CakeMethodAlias]
    public static AzRoleAssignment AzRoleAssignmentCreate(this ICakeContext context, AzRoleAssignmentCreateSettings settings) =>
        Runner(context).RoleAssignmentCreate(settings);

    [CakeMethodAlias]
    public static IReadOnlyList<AzRoleAssignment> AzRoleAssignmentList(this ICakeContext context, AzRoleAssignmentListSettings settings) =>
        Runner(context).RoleAssignmentList(settings);

    [CakeMethodAlias]
    public static void AzRoleAssignmentDelete(this ICakeContext context, AzRoleAssignmentDeleteSettings settings) =>
        Runner(context).RoleAssignmentDelete(settings);

    [CakeMethodAlias]
    public static AzPrincipal AzSignedInPrincipal(this ICakeContext context, AzSettings? settings = null) =>
        Runner(context).SignedInPrincipal(settings ?? new AzSettings());

    [CakeMethodAlias]
    public static IReadOnlyList<AzUsage> AzVmListUsage(this ICakeContext context, AzLocationSettings settings) =>
        Runner(context).VmListUsage(settings);

    [CakeMethodAlias]
    public static IReadOnlyList<AzVmSku> AzVmListSkus(this ICakeContext context, AzLocationSettings settings) =>
        Runner(context).VmListSkus(settings);

    [CakeMethodAlias]
    public static AzAksVersions AzAksGetVersions(this ICakeContext context, AzLocationSettings settings) =>
        Runner(context).AksGetVersions(settings);

    [CakeMethodAlias]
    public static void AzTagUpdate(this ICakeContext context, AzTagUpdateSettings settings) =>
        Runner(context).TagUpdate(settings);

    /// <summary>The az this run uses (AZ_PATH, PATH), or null when there is none.</summary>
    [CakeMethodAlias]
    public static Cake.Core.IO.FilePath? AzLocate(this ICakeContext context) =>
        Runner(context).Locate(new AzSettings());

    private static AzRunner Runner(ICakeContext context) =>
        new(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools);
}
