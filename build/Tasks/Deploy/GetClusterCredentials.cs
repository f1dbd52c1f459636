using Build.Deployment;
using Build.Hosting;
using Build.Prerequisites;

namespace Build.Tasks.Deploy;

[TaskName(DeployStages.ClusterCredentials)]
[TaskDescription("Writes the cluster's kubeconfig to artifacts/<env>/kubeconfig (--use-default-kubeconfig for ~/.kube/config), converted with kubelogin.")]
[TaskOption("use-default-kubeconfig", "Writes the credentials to ~/.kube/config instead of artifacts/<env>/kubeconfig.")]
[IsDependentOn(typeof(ProvisionCluster))]
[Requires(Prerequisite.Az, Prerequisite.AzureLogin, Prerequisite.Kubelogin)]
public sealed class GetClusterCredentials(DeploymentSession session) : FrostingTask<BuildContext>
{
    // Read-only for Azure and needed by every later stage, so it runs even when --from skips past it.
    public override bool ShouldRun(BuildContext context) => !session.Options.PlanOnly;

    public override void Run(BuildContext context) => new ClusterCredentials(session).Fetch();
}
