using Build.Certificates;
using Build.Deployment;
using Build.Hosting;
using Build.Prerequisites;
using Build.Tasks.Certificates;
using Spectre.Console;

namespace Build.Tasks.Deploy;

[TaskName(DeployStages.CertificatesImport)]
[TaskDescription("Makes Key Vault hold the environment's certificates: uses what it holds when valid, otherwise generates (or takes the brought files) and imports what it lacks, opening write access only for the import.")]
[TaskOption("caller-ip", "This machine's public IP as Key Vault sees it (default: asked of api.ipify.org).")]
[TaskOption("key-type", "rsa (2048, default) or ecdsa (P-256) for generated certificates.")]
[TaskOption("validity-days", "Validity of generated certificates, 31-3650; default 365.")]
[TaskOption("ca", "Bring your own root CA (PEM); for SmokeTest, the trust anchor.")]
[TaskOption("gateway-cert", "Bring your own gateway certificate (PFX; password in GATEWAY_PFX_PASSWORD).")]
[TaskOption("ingress-cert", "Bring your own ingress certificate (PEM, with its key or --ingress-key).")]
[TaskOption("ingress-key", "The brought ingress certificate's key (PEM).")]
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
