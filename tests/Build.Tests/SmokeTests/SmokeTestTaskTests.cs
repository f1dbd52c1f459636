using System.Xml.Linq;
using Build.Tests.Certificates;

namespace Build.Tests.SmokeTests;

/// <summary>The standalone SmokeTest target through the host, as <c>./build.sh --target=SmokeTest --exclusive ...</c> runs it.</summary>
[NonParallelizable]
public sealed class SmokeTestTaskTests
{
    private static BaselineCertificates Certificates => SmokeHarnessSetUp.Certificates;

    [Test]
    public void Without_an_endpoint_it_fails_with_one_line_naming_the_options()
    {
        using var repository = new TemporaryFolder("build-repo-");

        var (exitCode, output) = HostRun.Run(repository.Path, "--target=SmokeTest", "--exclusive", "--hostname=bicycle.contoso.com");

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(output, Does.Contain("SmokeTest needs --endpoint=<ip-or-name>:<port> --hostname=<sni-and-host-header> unless it can read them from the deployment, which failed: bicep/environments/prod/environment.json: environment 'prod' has no such file"));
        Assert.That(output, Does.Not.Contain("   at "), "no stack trace");
    }

    [Test]
    public async Task Against_the_baseline_it_prints_the_table_writes_JUnit_and_succeeds()
    {
        using var repository = new TemporaryFolder("build-repo-");
        await using var harness = await BaselineHarness.StartAsync(Certificates);

        var (exitCode, output) = HostRun.Run(repository.Path, [.. Arguments(harness), "--expect-distinct-backends=2"]);
        TestContext.Out.WriteLine(output);

        Assert.That(exitCode, Is.Zero, output);
        Assert.That(output, Does.Contain("Smoke test: bicycle.contoso.com at " + harness.Gateway).And.Contain("All 10 checks passed"));
        var junit = XDocument.Load(Path.Combine(repository.Path, "artifacts", "smoke", "junit.xml"));
        Assert.That(junit.Descendants("testcase").Count(), Is.EqualTo(10));
        Assert.That(junit.Descendants("failure"), Is.Empty);
    }

    [Test]
    public async Task Against_a_broken_baseline_it_prints_a_line_per_failure_and_fails()
    {
        using var repository = new TemporaryFolder("build-repo-");
        await using var harness = await BaselineHarness.StartAsync(Certificates, new BaselineSettings { PodGzip = false, IngressAllowsAnySource = true });

        var (exitCode, output) = HostRun.Run(repository.Path, Arguments(harness));
        TestContext.Out.WriteLine(output);

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(output, Does.Contain("FAIL gzip: saw Content-Encoding: none (HTTP 200) for Accept-Encoding: gzip; expected gzip"));
        Assert.That(output, Does.Contain("FAIL Ingress isolation: saw HTTP 200 from the ingress"));
        Assert.That(output, Does.Contain("failed 2 checks: gzip, Ingress isolation"));
        var junit = XDocument.Load(Path.Combine(repository.Path, "artifacts", "smoke", "junit.xml"));
        Assert.That(junit.Descendants("failure").Count(), Is.EqualTo(2));
    }

    [Test]
    public async Task The_strict_SNI_flag_needs_no_value()
    {
        using var repository = new TemporaryFolder("build-repo-");
        await using var harness = await BaselineHarness.StartAsync(Certificates);

        var (_, output) = HostRun.Run(repository.Path,
            "--target=SmokeTest", "--exclusive", $"--endpoint={harness.Ingress}", $"--hostname={BaselineCertificates.BackendHostName}",
            $"--ca={Certificates.RootPem}", "--strict-sni", "--timeout-seconds=5");

        Assert.That(output, Does.Contain("Strict SNI").And.Contain("handshakes with SNI smoke-test-wrong-name.invalid and with no SNI were refused"));
    }

    private static string[] Arguments(BaselineHarness harness) =>
    [
        "--target=SmokeTest", "--exclusive",
        $"--endpoint={harness.Gateway}", $"--hostname={BaselineCertificates.GatewayHostName}", $"--ca={Certificates.RootPem}",
        $"--ingress-endpoint={harness.Ingress}", $"--ingress-hostname={BaselineCertificates.BackendHostName}", "--timeout-seconds=5",
    ];
}
