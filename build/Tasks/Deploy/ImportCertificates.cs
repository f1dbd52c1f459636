using Build.Deployment;
using Build.Hosting;
using Build.Prerequisites;
using Build.Tasks.Certificates;

namespace Build.Tasks.Deploy;

[TaskName(DeployStages.CertificatesImport)]
[DeployStage]
[TaskDescription("Imports the gateway and ingress certificates into Key Vault, opening its firewall and data plane to this machine only for the import.")]
[IsDependentOn(typeof(ProvisionCluster))]
[IsDependentOn(typeof(GenerateCertificates))]
[Requires(Prerequisite.Az, Prerequisite.AzureLogin)]
public sealed class ImportCertificates(DeploymentSession session) : AsyncFrostingTask<BuildContext>
{
    public override bool ShouldRun(BuildContext context) => session.Runs(DeployStages.CertificatesImport);

    public override Task RunAsync(BuildContext context) =>
        new CertificateImport(context, session).Run(CertificateUploads.From(context, session));
}
