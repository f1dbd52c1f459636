using Build.Hosting;
using Build.SmokeTests;
using Spectre.Console;

namespace Build.Tasks.SmokeTest;

/// <summary>
/// The standalone form: any endpoint, any host name. In Deploy the same runner is called with App Gateway's
/// public IP, bicycle.&lt;domain&gt; and the generated root CA.
/// </summary>
[TaskName("SmokeTest")]
[TaskDescription("Checks TLS end to end at an endpoint: protocols, certificate, SNI, HTTP 2xx, gzip and backends.")]
public sealed class RunSmokeTest(IAnsiConsole console) : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        var options = SmokeTestArguments.Read(context);
        var report = await new SmokeTestRunner().RunAsync(options);
        SmokeTestPublisher.Publish(report, console, context.Artifacts.Combine("smoke").CombineWithFilePath("junit.xml").FullPath);
    }
}
