using Build.Deployment;
using Build.Hosting;
using Build.Prerequisites;

namespace Build.Tasks.Deploy;

[TaskName(DeployStages.IngressInstall)]
[DeployStage]
[TaskDescription("Installs the Secrets Store CSI driver and Traefik (helm) with the cluster baseline, and waits for Traefik's internal IP.")]
[IsDependentOn(typeof(GetClusterCredentials))]
[IsDependentOn(typeof(ImportImages))]
[IsDependentOn(typeof(ProvisionGateway))]
[Requires(Prerequisite.Helm, Prerequisite.Kubectl, Prerequisite.Kubelogin)]
public sealed class InstallIngress(DeploymentSession session, DeployedLayer layer) : AsyncFrostingTask<BuildContext>
{
    public override bool ShouldRun(BuildContext context) => session.Runs(DeployStages.IngressInstall);

    public override async Task RunAsync(BuildContext context)
    {
        var installer = new LayerInstaller(session, layer);
        installer.Run(layer.IngressSteps);
        await installer.WaitForIngressAddress(ClusterWaits.For(session));
    }
}
