using Build.Deployment;
using Build.Hosting;
using Build.Infrastructure;
using Build.Prerequisites;

namespace Build.Tasks.Deploy;

[TaskName(DeployStages.ProvisionSpoke)]
[DeployStage]
[TaskDescription("Deploys the spoke (subnets, route table, NSGs, peering, App Gateway IP) with the hub's outputs.")]
[IsDependentOn(typeof(ProvisionHub))]
[Requires(Prerequisite.Az, Prerequisite.AzureLogin)]
public sealed class ProvisionSpoke(DeploymentSession session, ProgressReporter progress) : FrostingTask<BuildContext>
{
    public override bool ShouldRun(BuildContext context) => session.Runs(DeployStages.ProvisionSpoke);

    public override void Run(BuildContext context) =>
        new StageDeployer(session, progress).Provision(Stage.Spoke, DeployStages.ProvisionSpoke);
}
