using Build.Infrastructure;

namespace Build.Deployment;

/// <summary>
/// Application Gateway reads its listener certificate from Key Vault when it is created, and the vault is
/// created by the same template. So an environment's first cluster deployment leaves the gateway out
/// (<c>appGatewayEnabled=false</c>, under the cluster's own deployment name); Provision.Gateway adds it once
/// Certificates.Import has filled the vault. From then on — decided from what Azure keeps, a successful
/// gateway deployment — every cluster deployment is the whole template under the gateway's name, so a re-run
/// with nothing changed finds it up to date, and a change deploys once.
/// </summary>
public sealed class ClusterDeployment(DeploymentSession session, ProgressReporter progress)
{
    public const string GatewayParameter = "appGatewayEnabled";

    public void ProvisionCluster(string taskName)
    {
        if (!DeployStages.IsBefore(taskName, session.Options.From) && HasGateway())
        {
            ProvisionGateway(taskName);
            return;
        }

        new StageDeployer(session, progress).Provision(Stage.Cluster, taskName, overrides: new Dictionary<string, string> { [GatewayParameter] = "false" });
    }

    public void ProvisionGateway(string taskName) =>
        new StageDeployer(session, progress).Provision(Stage.Cluster, taskName, DeploymentNames.Gateway(session.Layout.Environment));

    private bool HasGateway() =>
        DeploymentSession.IsSucceeded(session.Deployment(Stage.Cluster, DeploymentNames.Gateway(session.Layout.Environment)));
}
