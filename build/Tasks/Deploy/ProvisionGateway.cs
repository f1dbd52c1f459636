using Build.Deployment;
using Build.Hosting;
using Build.Infrastructure;
using Build.Prerequisites;

namespace Build.Tasks.Deploy;

[TaskName(DeployStages.ProvisionGateway)]
[DeployStage]
[TaskDescription("Deploys the cluster stack with Application Gateway once its certificates are in Key Vault (a no-op when nothing changed).")]
[IsDependentOn(typeof(ImportCertificates))]
[Requires(Prerequisite.Az, Prerequisite.AzureLogin)]
public sealed class ProvisionGateway(DeploymentSession session, ProgressReporter progress) : FrostingTask<BuildContext>
{
    public override bool ShouldRun(BuildContext context) => session.Runs(DeployStages.ProvisionGateway);

    public override void Run(BuildContext context) =>
        new ClusterDeployment(session, progress).ProvisionGateway(DeployStages.ProvisionGateway);
}
