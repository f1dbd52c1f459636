using Build.Deployment;
using Build.Hosting;
using Build.Prerequisites;

namespace Build.Tasks.Deploy;

[TaskName(DeployStages.ImagesImport)]
[DeployStage]
[TaskDescription("Imports the Traefik and aspnetapp images into the cluster's ACR (nodes pull only through Private Link).")]
[IsDependentOn(typeof(ProvisionCluster))]
[Requires(Prerequisite.Az, Prerequisite.AzureLogin)]
public sealed class ImportImages(DeploymentSession session, DeployedLayer layer) : FrostingTask<BuildContext>
{
    public override bool ShouldRun(BuildContext context) => session.Runs(DeployStages.ImagesImport);

    public override void Run(BuildContext context) => new ImageImporter(session, layer).Import();
}
