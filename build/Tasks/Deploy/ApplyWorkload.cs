using Build.Deployment;
using Build.Hosting;
using Build.Prerequisites;
using k8s.Models;

namespace Build.Tasks.Deploy;

[TaskName(DeployStages.WorkloadApply)]
[DeployStage]
[TaskDescription("Applies the aspnetapp workload and waits for its rollout (on a timeout, prints the failing pods' states and events).")]
[IsDependentOn(typeof(InstallIngress))]
[Requires(Prerequisite.Kubectl, Prerequisite.Kubelogin)]
public sealed class ApplyWorkload(DeploymentSession session, DeployedLayer layer) : AsyncFrostingTask<BuildContext>
{
    public override bool ShouldRun(BuildContext context) => session.Runs(DeployStages.WorkloadApply);

    public override async Task RunAsync(BuildContext context)
    {
        new LayerInstaller(session, layer).Run(layer.WorkloadSteps);
        var folders = layer.WorkloadSteps.Select(s => s.Name).ToHashSet();
        var waits = ClusterWaits.For(session);
        foreach (var deployment in layer.Layer.ObjectsWith<V1Deployment>().Where(o => folders.Contains(o.Folder)))
        {
            await waits.WaitForRollout(deployment.Namespace!, deployment.Name, session.Options.RolloutTimeout);
        }
    }
}
