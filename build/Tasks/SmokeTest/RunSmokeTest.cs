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
[DeployStage]
[TaskDescription("Checks TLS end to end (protocols, certificate, SNI, HTTP 2xx, gzip, backends) at App Gateway, or at --endpoint with --exclusive.")]
[IsDependentOn(typeof(Build.Tasks.Deploy.ApplyWorkload))]
public sealed class RunSmokeTest(IAnsiConsole console, DeploymentSession session) : AsyncFrostingTask<BuildContext>
{
    public override bool ShouldRun(BuildContext context) => session.Runs(DeployStages.SmokeTest);

    public override async Task RunAsync(BuildContext context)
    {
        var options = SmokeTestArguments.Read(context, () => DeployedSmokeTarget.Read(session));
        var report = await new SmokeTestRunner().RunAsync(options);
        SmokeTestPublisher.Publish(report, console, context.Artifacts.Combine("smoke").CombineWithFilePath("junit.xml").FullPath);
    }
}
