using Build.Infrastructure;
using Build.Tools.Az;

namespace Build.Deployment;

/// <summary>
/// Application Gateway reads its listener certificate from Key Vault when it is created, and the
/// vault is created by the same deployment. So the first cluster deployment leaves the gateway out
/// (<c>appGatewayEnabled=false</c>); Provision.Gateway adds it once Certificates.Import has run.
/// </summary>
public static class GatewayCertificateState
{
    public const string Parameter = "appGatewayEnabled";

    /// <summary>True when the cluster's vault already records the gateway certificate (one read).</summary>
    public static bool IsInKeyVault(BuildContext context, DeploymentSession session)
    {
        if (!session.OutputsAreKnown(Stage.Cluster))
        {
            return false;
        }

        var outputs = session.OutputsOf(Stage.Cluster);
        var vault = session.Retry.Execute("Reading the cluster's Key Vault", () => context.AzKeyVaultShow(new AzKeyVaultSettings
        {
            Name = outputs.GetString(OutputNames.KeyVaultName),
            Subscription = session.Options.Subscription,
        }));
        var tag = "aks-baseline-cert-" + outputs.GetString(OutputNames.GatewayCertificateName);
        return vault.Tags?.ContainsKey(tag) == true;
    }

    /// <summary>The overrides for Provision.Cluster: none once the certificate is there.</summary>
    public static IReadOnlyDictionary<string, string> ClusterOverrides(BuildContext context, DeploymentSession session) =>
        IsInKeyVault(context, session)
            ? new Dictionary<string, string>()
            : new Dictionary<string, string> { [Parameter] = "false" };
}
