using Build.Certificates;
using Build.Hosting;
using Build.Infrastructure;
using Spectre.Console;

namespace Build.Tasks.Certificates;

/// <summary>
/// Makes or checks the environment's certificates in the local cache (artifacts/certs/), offline. Deploy does
/// not run it: Certificates.Import reads what Key Vault holds and generates only what the vault lacks. The
/// host names come from the environment's Bicep outputs (the committed snapshots), so the certificates always
/// match what App Gateway and the private DNS zone are deployed with.
/// </summary>
[TaskName("Certificates.Generate")]
[TaskDescription("Generates or checks the root CA, the gateway (PFX) and the ingress wildcard (PEM) certificates in the local cache artifacts/certs/<env>/ (offline).")]
public sealed class GenerateCertificates(IAnsiConsole console) : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        var outputs = StackOutputs.FromSnapshots(new EnvironmentLayout(context.Root, context.EnvironmentName));
        var options = CertificateArguments.Read(context, CertificateHostNames.From(outputs));
        var outcomes = new CertificateGenerator().Generate(options, context.Environment.GetEnvironmentVariable(CertificateFiles.PasswordVariable));
        console.Write(CertificateTable.Render(outcomes, context.Root.FullPath));
    }
}
