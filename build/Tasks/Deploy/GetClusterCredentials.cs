using Build.Deployment;
using Build.Hosting;
using Build.Prerequisites;

namespace Build.Tasks.Deploy;

[TaskName(DeployStages.ClusterCredentials)]
[DeployStage(PreparesLaterStages = true)]
[TaskDescription("Writes the cluster's kubeconfig to artifacts/<env>/kubeconfig (--use-default-kubeconfig for ~/.kube/config), converted with kubelogin.")]
[IsDependentOn(typeof(ProvisionCluster))]
[Requires(Prerequisite.Az, Prerequisite.AzureLogin, Prerequisite.Kubelogin)]
public sealed class GetClusterCredentials(DeploymentSession session) : FrostingTask<BuildContext>
{
    public override bool ShouldRun(BuildContext context) => session.Runs(DeployStages.ClusterCredentials);

    public override void Run(BuildContext context) => new ClusterCredentials(session).Fetch();
}
