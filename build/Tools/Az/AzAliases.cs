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

    private static AzRunner Runner(ICakeContext context) =>
        new(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools);
}
