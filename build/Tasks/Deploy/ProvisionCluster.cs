using Build.Deployment;
using Build.Hosting;
using Build.Infrastructure;
using Build.Prerequisites;

namespace Build.Tasks.Deploy;

[TaskName(DeployStages.ProvisionCluster)]
[DeployStage]
[TaskDescription("Deploys the cluster stack (AKS, ACR, Key Vault, budget; App Gateway once a gateway deployment has succeeded) with the spoke's outputs.")]
[IsDependentOn(typeof(ProvisionSpoke))]
[Requires(Prerequisite.Az, Prerequisite.AzureLogin)]
public sealed class ProvisionCluster(DeploymentSession session, ProgressReporter progress) : FrostingTask<BuildContext>
{
    public override bool ShouldRun(BuildContext context) => session.Runs(DeployStages.ProvisionCluster);

    public override void Run(BuildContext context) =>
        new ClusterDeployment(session, progress).ProvisionCluster(DeployStages.ProvisionCluster);
}
