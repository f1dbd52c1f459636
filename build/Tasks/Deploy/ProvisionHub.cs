using Build.Deployment;
using Build.Hosting;
using Build.Infrastructure;
using Build.Prerequisites;

namespace Build.Tasks.Deploy;

[TaskName(DeployStages.ProvisionHub)]
[DeployStage]
[TaskDescription("Deploys the hub (firewall, Bastion subnet, Log Analytics) from bicep/hub.bicep.")]
[IsDependentOn(typeof(Plan))]
[Requires(Prerequisite.Az, Prerequisite.AzureLogin)]
public sealed class ProvisionHub(DeploymentSession session, ProgressReporter progress) : FrostingTask<BuildContext>
{
    public override bool ShouldRun(BuildContext context) => session.Runs(DeployStages.ProvisionHub);

    public override void Run(BuildContext context) =>
        new StageDeployer(session, progress).Provision(Stage.Hub, DeployStages.ProvisionHub);
}
