using Build.SmokeTests;
using FakeCloudHost.Edge;

namespace Build.Tests.SmokeTests;

/// <summary>The smoke test against the loopback baseline: passing as built, and each way to break it caught by its own check.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class SmokeTestHarnessTests
{
    private static BaselineCertificates Certificates => SmokeHarnessSetUp.Certificates;

    [Test]
    public async Task Passes_against_the_baseline_as_built()
    {
        await using var harness = await BaselineHarness.StartAsync(Certificates);

        var report = await new SmokeTestRunner().RunAsync(harness.SmokeOptions(Certificates));

        Assert.That(report.Failures.Select(f => $"{f.Name}: {f.Detail}"), Is.Empty);
        Assert.That(report.Checks.Select(c => c.Name), Is.EqualTo(SmokeTestRunner.Planned(harness.SmokeOptions(Certificates))));
        Assert.That(report.Checks.Select(c => c.Outcome), Is.All.EqualTo(CheckOutcome.Passed));
        Assert.That(report[SmokeCheckNames.DistinctBackends].Detail, Does.Contain("pod1").And.Contain("pod2"));
        Assert.That(report[SmokeCheckNames.Tls10Refused].Detail, Is.EqualTo("the server refused with alert protocol_version"));
        Assert.That(harness.GatewayStandIn!.ServerNames, Has.All.EqualTo(BaselineCertificates.GatewayHostName), "every probe sent the host name as SNI");
        Assert.That(harness.IngressStandIn.ServerNames, Has.Some.EqualTo(BaselineCertificates.BackendHostName), "the gateway re-encrypted with the backend name");
    }

    [Test]
    public async Task TLS_1_0_and_1_1_left_enabled_on_the_gateway_fail_the_legacy_checks()
    {
        var report = await RunAgainstAsync(new BaselineSettings { GatewayLegacyTls = true });

        Assert.That(FailedChecks(report), Is.EqualTo(new[] { SmokeCheckNames.Tls10Refused, SmokeCheckNames.Tls11Refused }));
        Assert.That(report[SmokeCheckNames.Tls10Refused].Detail,
            Is.EqualTo("the server accepted TLS 1.0: it answered with a TLS 1.0 ServerHello; expected an alert or a closed connection"));
        Assert.That(report[SmokeCheckNames.Tls11Refused].Detail, Does.StartWith("the server accepted TLS 1.1: it answered with a TLS 1.1 ServerHello"));
    }

    [Test]
    public async Task A_listener_certificate_for_another_host_fails_the_name_check()
    {
        using var shop = Certificates.Issue("shop.contoso.com", DateTimeOffset.UtcNow, 90);

        var report = await RunAgainstAsync(new BaselineSettings { GatewayCertificate = shop });

        Assert.That(FailedChecks(report), Is.EqualTo(new[] { SmokeCheckNames.CertificateName }));
        Assert.That(report[SmokeCheckNames.CertificateName].Detail, Is.EqualTo("saw SAN shop.contoso.com; expected it to cover bicycle.contoso.com"));
    }

    [Test]
    public async Task An_expired_listener_certificate_fails_the_validity_check()
    {
        using var expired = Certificates.Issue(BaselineCertificates.GatewayHostName, DateTimeOffset.UtcNow.AddDays(-100), 60);

        var report = await RunAgainstAsync(new BaselineSettings { GatewayCertificate = expired });

        Assert.That(FailedChecks(report), Is.EqualTo(new[] { SmokeCheckNames.CertificateValidity }));
        Assert.That(report[SmokeCheckNames.CertificateValidity].Detail, Does.StartWith("saw a certificate expired on ").And.EndWith("; expected it valid now"));
    }

    [Test]
    public async Task A_listener_certificate_expiring_within_30_days_passes_with_a_warning()
    {
        using var expiring = Certificates.Issue(BaselineCertificates.GatewayHostName, DateTimeOffset.UtcNow.AddDays(-80), 90);

        var report = await RunAgainstAsync(new BaselineSettings { GatewayCertificate = expiring });

        Assert.That(report.Passed, Is.True);
        Assert.That(report[SmokeCheckNames.CertificateValidity].Outcome, Is.EqualTo(CheckOutcome.Warning));
        Assert.That(report[SmokeCheckNames.CertificateValidity].Detail, Does.Contain("in 9 days").Or.Contain("in 10 days"));
    }

    [Test]
    public async Task A_listener_certificate_from_an_untrusted_root_fails_the_chain_check()
    {
        using var stranger = BaselineCertificates.FromUntrustedRoot(BaselineCertificates.GatewayHostName);

        var report = await RunAgainstAsync(new BaselineSettings { GatewayCertificate = stranger });

        Assert.That(FailedChecks(report), Is.EqualTo(new[] { SmokeCheckNames.CertificateChain }));
        Assert.That(report[SmokeCheckNames.CertificateChain].Detail, Is.EqualTo(
            "saw 'bicycle.contoso.com' issued by 'Contoso Bicycle Root CA' (issued by a CA that is not the trusted one); expected a chain to --ca (Contoso Bicycle Root CA)"));
    }

    [Test]
    public async Task Pods_answering_503_fail_the_status_check()
    {
        var report = await RunAgainstAsync(new BaselineSettings { PodStatus = 503 });

        Assert.That(FailedChecks(report), Is.EqualTo(new[] { SmokeCheckNames.HttpStatus }));
        Assert.That(report[SmokeCheckNames.HttpStatus].Detail, Is.EqualTo("saw HTTP 503 Service Unavailable for GET / with Host bicycle.contoso.com; expected 2xx"));
        Assert.That(report[SmokeCheckNames.Gzip].Outcome, Is.EqualTo(CheckOutcome.Skipped));
    }

    [Test]
    public async Task Answers_without_gzip_fail_the_gzip_check()
    {
        var report = await RunAgainstAsync(new BaselineSettings { PodGzip = false });

        Assert.That(FailedChecks(report), Is.EqualTo(new[] { SmokeCheckNames.Gzip }));
        Assert.That(report[SmokeCheckNames.Gzip].Detail, Is.EqualTo("saw Content-Encoding: none (HTTP 200) for Accept-Encoding: gzip; expected gzip"));
    }

    [Test]
    public async Task An_ingress_open_to_any_source_fails_the_isolation_check()
    {
        var report = await RunAgainstAsync(new BaselineSettings { IngressAllowsAnySource = true });

        Assert.That(FailedChecks(report), Is.EqualTo(new[] { SmokeCheckNames.IngressIsolation }));
        Assert.That(report[SmokeCheckNames.IngressIsolation].Detail, Does.StartWith("saw HTTP 200 from the ingress 127.0.0.1:").And.EndWith(
            "for GET / from this machine, which is not the gateway; expected no connection or HTTP 403"));
    }

    [Test]
    public async Task A_single_pod_fails_the_distinct_backends_check()
    {
        var report = await RunAgainstAsync(new BaselineSettings { Pods = 1 });

        Assert.That(FailedChecks(report), Is.EqualTo(new[] { SmokeCheckNames.DistinctBackends }));
        Assert.That(report[SmokeCheckNames.DistinctBackends].Detail, Is.EqualTo(
            "saw 1 distinct backend(s) (aspnetapp-5d9f7c6b8-pod1) in 10 requests; expected at least 2"));
    }

    [Test]
    public async Task The_SNI_strict_ingress_refuses_a_wrong_name_and_no_name()
    {
        await using var harness = await BaselineHarness.StartAsync(Certificates);

        var report = await new SmokeTestRunner().RunAsync(IngressOptions(harness));

        Assert.That(report[SmokeCheckNames.StrictSni].Outcome, Is.EqualTo(CheckOutcome.Passed), report[SmokeCheckNames.StrictSni].Detail);
        Assert.That(harness.IngressStandIn.ServerNames, Has.Some.EqualTo(SmokeTestRunner.WrongServerName).And.Some.Matches<string?>(string.IsNullOrEmpty), "both probes reached the ingress, one without SNI");
        Assert.That(report[SmokeCheckNames.HttpStatus].Detail, Does.StartWith("saw HTTP 403"), "this machine is not the gateway, so the allow list answers");
    }

    [Test]
    public async Task An_ingress_that_serves_its_certificate_to_any_name_fails_the_strict_SNI_check()
    {
        await using var harness = await BaselineHarness.StartAsync(Certificates, new BaselineSettings { IngressStrictSni = false });

        var report = await new SmokeTestRunner().RunAsync(IngressOptions(harness));

        Assert.That(report[SmokeCheckNames.StrictSni].Detail, Is.EqualTo(
            "with SNI smoke-test-wrong-name.invalid the server presented '*.aks-ingress.contoso.com' (a default certificate); expected the handshake refused"));
        Assert.That(report[SmokeCheckNames.StrictSni].Outcome, Is.EqualTo(CheckOutcome.Failed));
    }

    private static async Task<SmokeTestReport> RunAgainstAsync(BaselineSettings settings)
    {
        await using var harness = await BaselineHarness.StartAsync(Certificates, settings);
        return await new SmokeTestRunner().RunAsync(harness.SmokeOptions(Certificates));
    }

    private static SmokeTestOptions IngressOptions(BaselineHarness harness) =>
        new(harness.Ingress, BaselineCertificates.BackendHostName) { CaFile = Certificates.RootPem, StrictSni = true, Timeout = TimeSpan.FromSeconds(5) };

    private static IReadOnlyList<string> FailedChecks(SmokeTestReport report) => report.Failures.Select(f => f.Name).ToList();
}
