using Build.Certificates;
using Build.Hosting;
using Build.Infrastructure;
using Spectre.Console;

namespace Build.Tasks.Certificates;

/// <summary>
/// The host names come from the environment's Bicep outputs (the committed snapshots), so the certificates
/// always match what App Gateway and the private DNS zone are deployed with.
/// </summary>
[TaskName("Certificates.Generate")]
[TaskDescription("Generates the root CA, the gateway (PFX) and the ingress wildcard (PEM) certificates.")]
[TaskOption("key-type", "rsa (2048, default) or ecdsa (P-256) for generated certificates.")]
[TaskOption("validity-days", "Validity of generated certificates, 31-3650; default 365.")]
[TaskOption("ca", "Bring your own root CA (PEM); for SmokeTest, the trust anchor.")]
[TaskOption("gateway-cert", "Bring your own gateway certificate (PFX; password in GATEWAY_PFX_PASSWORD).")]
[TaskOption("ingress-cert", "Bring your own ingress certificate (PEM, with its key or --ingress-key).")]
[TaskOption("ingress-key", "The brought ingress certificate's key (PEM).")]
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
