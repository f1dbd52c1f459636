using Build.Certificates;
using Build.Deployment;
using Build.Hosting;
using Build.Infrastructure;
using Spectre.Console;

namespace Build.Tasks.Certificates;

/// <summary>
/// The host names come from the environment's Bicep outputs (the committed snapshots), so the certificates
/// always match what App Gateway and the private DNS zone are deployed with.
/// </summary>
[TaskName(DeployStages.CertificatesGenerate)]
[DeployStage(PreparesLaterStages = true)]
[TaskDescription("Generates the root CA, the gateway (PFX) and the ingress wildcard (PEM) certificates.")]
public sealed class GenerateCertificates(DeploymentSession session, IAnsiConsole console) : FrostingTask<BuildContext>
{
    public override bool ShouldRun(BuildContext context) => session.Runs(DeployStages.CertificatesGenerate);

    public override void Run(BuildContext context)
    {
        var outputs = StackOutputs.FromSnapshots(new EnvironmentLayout(context.Root, context.EnvironmentName));
        var options = CertificateArguments.Read(context, CertificateHostNames.From(outputs));
        var outcomes = new CertificateGenerator().Generate(options, context.Environment.GetEnvironmentVariable(CertificateFiles.PasswordVariable));
        console.Write(CertificateTable.Render(outcomes, context.Root.FullPath));
    }
}
