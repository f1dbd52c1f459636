using Build.Deployment;
using Build.Hosting;
using Build.SmokeTests;
using Spectre.Console;

namespace Build.Tasks.SmokeTest;

/// <summary>
/// In Deploy: App Gateway's public IP from the deployment outputs, SNI bicycle.&lt;domain&gt;, the generated
/// root CA. Standalone (<c>--exclusive --endpoint=… --hostname=…</c>): any endpoint, any host name.
/// </summary>
[TaskName(DeployStages.SmokeTest)]
[TaskDescription("Checks TLS end to end (protocols, certificate, SNI, HTTP 2xx, gzip, backends) at App Gateway, or at --endpoint with --exclusive.")]
[TaskOption("endpoint", "The address to test, <ip-or-name>:<port> (default: App Gateway's public IP:443).")]
[TaskOption("hostname", "SNI and Host header (default: the gatewayHostName output).")]
[TaskOption("path", "The path to GET; default /.")]
[TaskOption("strict-sni", "Also check that a wrong or missing SNI is refused (the Traefik hop).")]
[TaskOption("expect-distinct-backends", "Repeated requests must reach at least this many pods (default 2 in Deploy).")]
[TaskOption("ingress-endpoint", "Traefik's internal address, which must refuse this machine.")]
[TaskOption("ingress-hostname", "SNI for --ingress-endpoint.")]
[TaskOption("timeout-seconds", "Per-connection timeout; default 10.")]
[IsDependentOn(typeof(Build.Tasks.Deploy.ApplyWorkload))]
public sealed class RunSmokeTest(IAnsiConsole console, DeploymentSession session) : AsyncFrostingTask<BuildContext>
{
    public override bool ShouldRun(BuildContext context) => !session.Options.PlanOnly;

    public override async Task RunAsync(BuildContext context)
    {
        var options = SmokeTestArguments.Read(context, () => DeployedSmokeTarget.Read(session));
        var report = await new SmokeTestRunner().RunAsync(options);
        SmokeTestPublisher.Publish(report, console, context.Artifacts.Combine("smoke").CombineWithFilePath("junit.xml").FullPath);
    }
}
