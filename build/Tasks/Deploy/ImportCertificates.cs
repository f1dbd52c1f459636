using Build.Certificates;
using Build.Deployment;
using Build.Hosting;
using Build.Prerequisites;
using Build.Tasks.Certificates;
using Spectre.Console;

namespace Build.Tasks.Deploy;

[TaskName(DeployStages.CertificatesImport)]
[DeployStage]
[TaskDescription("Makes Key Vault hold the environment's certificates: uses what it holds when valid, otherwise generates (or takes the brought files) and imports what it lacks, opening write access only for the import.")]
[IsDependentOn(typeof(ProvisionCluster))]
[Requires(Prerequisite.Az, Prerequisite.AzureLogin)]
public sealed class ImportCertificates(DeploymentSession session, IAnsiConsole console) : AsyncFrostingTask<BuildContext>
{
    public override bool ShouldRun(BuildContext context) => session.Runs(DeployStages.CertificatesImport);

    public override async Task RunAsync(BuildContext context)
    {
        var outcomes = await new CertificateImport(session).Run(
            names => CertificateArguments.Read(context, names),
            context.Environment.GetEnvironmentVariable(CertificateFiles.PasswordVariable));
        if (outcomes is not null)
        {
            console.Write(CertificateTable.Render(outcomes, context.Root.FullPath));
        }
    }
}
