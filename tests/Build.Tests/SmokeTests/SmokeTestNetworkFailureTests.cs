using System.Net;
using System.Net.Sockets;
using Build.SmokeTests;
using Build.Tests.Fakes;
using FakeCloudHost.Edge;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;

namespace Build.Tests.SmokeTests;

/// <summary>
/// Refused connections, unknown names, silent servers and non-TLS servers are results with one clear line, never a
/// hang. The timeouts run on a fake clock: a silent server's timeout passes when the test moves the clock, and a
/// refused connection must end while the clock stands still (waiting for the timeout would never end; the guard
/// only stops a broken test from hanging the run).
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class SmokeTestNetworkFailureTests
{
    private const string HostName = "bicycle.contoso.com";

    /// <summary>Not a duration under test: only what stops a broken test from hanging the whole run.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(1);

    [Test]
    public async Task A_closed_port_is_one_clear_failure_and_the_rest_is_skipped()
    {
        var port = ClosedPort();
        var stillClock = new FakeTimeProvider();

        var report = await new SmokeTestRunner(stillClock)
            .RunAsync(new SmokeTestOptions(new SmokeEndpoint("127.0.0.1", port), HostName) { Timeout = TimeSpan.FromSeconds(2) })
            .WaitAsync(HangGuard);

        Assert.That(report.Failures.Select(f => f.Detail), Is.EqualTo(new[]
        {
            $"connection refused by 127.0.0.1:{port} (nothing listening, or a firewall rejecting); expected a TLS 1.2 or 1.3 handshake with SNI {HostName}",
        }));
        Assert.That(report.Checks.Skip(1).Select(c => c.Outcome), Is.All.EqualTo(CheckOutcome.Skipped));
        Assert.That(report.Duration, Is.EqualTo(TimeSpan.Zero), "no time passed on the run's clock: it never waited for the timeout");
    }

    [Test]
    public async Task An_unknown_name_fails_with_a_DNS_line()
    {
        var report = await new SmokeTestRunner().RunAsync(new SmokeTestOptions(SmokeEndpoint.Parse("no-such-gateway.invalid:443"), HostName) { Timeout = TimeSpan.FromSeconds(3) });

        Assert.That(report[SmokeCheckNames.Handshake].Outcome, Is.EqualTo(CheckOutcome.Failed));
        Assert.That(report[SmokeCheckNames.Handshake].Detail, Does.StartWith("could not resolve 'no-such-gateway.invalid' (no such host)").Or.StartWith("no answer from no-such-gateway.invalid:443 within 3 s"));
    }

    [Test]
    public async Task A_server_that_never_answers_fails_within_the_timeout()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var accepted = new List<Socket>();
        var connected = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _ = Task.Run(async () =>
        {
            while (true)
            {
                accepted.Add(await silent.AcceptSocketAsync());
                connected.TrySetResult();
            }
        });
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;
        var clock = new FakeTimeProvider();

        // the clock moves only once the smoke test is connected and waiting for the server's answer
        var run = new SmokeTestRunner(clock).RunAsync(new SmokeTestOptions(new SmokeEndpoint("127.0.0.1", port), HostName) { Timeout = TimeSpan.FromSeconds(1) });
        await connected.Task.WaitAsync(HangGuard);
        var report = await TimeTravel.Run(clock, () => run, TimeSpan.FromSeconds(1)).WaitAsync(HangGuard);

        Assert.That(report[SmokeCheckNames.Handshake].Detail, Does.StartWith($"no answer from 127.0.0.1:{port} within 1 s"));
        Assert.That(report.Checks.Skip(1).Select(c => c.Outcome), Is.All.EqualTo(CheckOutcome.Skipped));
        silent.Stop();
        accepted.ForEach(s => s.Dispose());
    }

    [Test]
    public async Task A_server_that_does_not_speak_TLS_is_not_mistaken_for_one_that_refuses_old_versions()
    {
        var builder = LoopbackServer.CreateBuilder(_ => { });
        await using var app = builder.Build();
        app.Run(context => context.Response.WriteAsync("plain"));
        var port = await LoopbackServer.StartAsync(app);

        var report = await new SmokeTestRunner().RunAsync(new SmokeTestOptions(new SmokeEndpoint("127.0.0.1", port), HostName) { Timeout = TimeSpan.FromSeconds(2) });

        Assert.That(report[SmokeCheckNames.Handshake].Outcome, Is.EqualTo(CheckOutcome.Failed));
        Assert.That(report[SmokeCheckNames.Tls10Refused].Detail, Is.EqualTo(
            "could not tell whether TLS 1.0 is refused: the server answered with something that is not TLS (first byte 0x48); expected an alert or a closed connection"));
        Assert.That(report[SmokeCheckNames.HttpStatus].Outcome, Is.EqualTo(CheckOutcome.Skipped));
        await app.StopAsync();
    }

    [Test]
    public async Task A_body_that_stalls_after_the_headers_fails_within_the_timeout()
    {
        var certificate = SmokeHarnessSetUp.Certificates.Gateway;
        var builder = LoopbackServer.CreateBuilder(listen => listen.UseHttps(certificate));
        await using var app = builder.Build();
        var headersSent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        app.Run(async context =>
        {
            context.Response.ContentLength = 1000;
            await context.Response.Body.FlushAsync();
            headersSent.TrySetResult();
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        });
        var port = await LoopbackServer.StartAsync(app);
        var clock = new FakeTimeProvider();

        // the handshakes and probes before it run on a standing clock; it moves once the body is what is awaited
        var run = new SmokeTestRunner(clock).RunAsync(new SmokeTestOptions(new SmokeEndpoint("127.0.0.1", port), HostName) { Timeout = TimeSpan.FromSeconds(1) });
        await headersSent.Task.WaitAsync(HangGuard);
        var report = await TimeTravel.Run(clock, () => run, TimeSpan.FromSeconds(1)).WaitAsync(HangGuard);

        Assert.That(report[SmokeCheckNames.HttpStatus].Detail, Is.EqualTo($"GET / with Host {HostName}: no answer from 127.0.0.1:{port} within 1 s; expected an HTTP answer"));
        await app.StopAsync();
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
