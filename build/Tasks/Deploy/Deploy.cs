using Build.Deployment;
using Build.Hosting;
using Build.Tasks.SmokeTest;
using Cake.Core.Diagnostics;

namespace Build.Tasks.Deploy;

[TaskName(DeployStages.Target)]
[TaskDescription("Everything: validate, plan, provision hub, spoke and cluster, certificates, images, ingress, workload, smoke test.")]
[IsDependentOn(typeof(RunSmokeTest))]
public sealed class Deploy(DeploymentSession session) : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        if (session.Options.PlanOnly)
        {
            context.Log.Information("--plan-only: previewed, nothing changed.");
        }
    }
}
