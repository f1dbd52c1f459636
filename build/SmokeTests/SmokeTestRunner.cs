using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using Build.Certificates;

namespace Build.SmokeTests;

/// <summary>
/// Runs the end-to-end TLS checks against one endpoint and reports each as passed, warned, failed or skipped.
/// Never throws for what the server does (refusals, timeouts, DNS failures are results); throws
/// <see cref="ArgumentException"/> only for options that make no sense.
/// </summary>
public sealed class SmokeTestRunner(TimeProvider clock)
{
    /// <summary>A name under the reserved .invalid domain (RFC 2606): no certificate may rightly cover it.</summary>
    public const string WrongServerName = "smoke-test-wrong-name.invalid";

    public SmokeTestRunner()
        : this(TimeProvider.System)
    {
    }

    public async Task<SmokeTestReport> RunAsync(SmokeTestOptions options, CancellationToken cancellation = default)
    {
        options.Validate();
        var roots = options.CaFile is null ? null : CertificateChecks.LoadRoots(options.CaFile);
        var started = clock.GetUtcNow();
        var total = clock.GetTimestamp();
        var connector = new SmokeConnector(options.Endpoint, options.Timeout, clock);
        var checks = new List<CheckResult>();

        var watch = clock.GetTimestamp();
        var handshake = await TlsHandshake.PerformAsync(connector, options.HostName, cancellation);
        checks.Add(handshake.Succeeded
            ? CheckResult.Pass(SmokeCheckNames.Handshake, $"{TlsHandshake.Describe(handshake.Protocol)} ({handshake.CipherSuite}) with SNI {options.HostName}", clock.GetElapsedTime(watch))
            : CheckResult.Fail(SmokeCheckNames.Handshake, $"{NetworkFailure.Describe(handshake.Error!, options.Endpoint, options.Timeout)}; expected a TLS 1.2 or 1.3 handshake with SNI {options.HostName}", clock.GetElapsedTime(watch)));

        if (handshake.Error is { } error && NetworkFailure.IsUnreachable(error))
        {
            // Everything else needs a connection: one clear failure beats ten echoes of it.
            checks.AddRange(Planned(options).Skip(1).Select(name => CheckResult.Skip(name, $"not run: {options.Endpoint} could not be reached")));
            return new SmokeTestReport(options, checks, started, clock.GetElapsedTime(total));
        }

        checks.Add(await LegacyCheckAsync(connector, TlsVersion.Tls10, SmokeCheckNames.Tls10Refused, options.HostName, cancellation));
        checks.Add(await LegacyCheckAsync(connector, TlsVersion.Tls11, SmokeCheckNames.Tls11Refused, options.HostName, cancellation));

        var now = clock.GetUtcNow();
        if (handshake.Leaf is { } leaf)
        {
            var verdict = CertificateChecks.Verify(leaf, handshake.Presented, roots, now);
            checks.Add(CertificateChecks.Chain(leaf, verdict, roots));
            checks.Add(CertificateChecks.HostName(leaf, options.HostName));
            checks.Add(CertificateChecks.Validity(leaf, verdict, now));
        }
        else
        {
            checks.AddRange(new[] { SmokeCheckNames.CertificateChain, SmokeCheckNames.CertificateName, SmokeCheckNames.CertificateValidity }
                .Select(name => CheckResult.Skip(name, "not run: the server presented no certificate")));
        }

        if (options.StrictSni)
        {
            checks.Add(await StrictSniCheckAsync(connector, cancellation));
        }

        if (handshake.Succeeded)
        {
            checks.AddRange(await HttpChecksAsync(connector, options, cancellation));
        }
        else
        {
            checks.AddRange(Planned(options).SkipWhile(name => name != SmokeCheckNames.HttpStatus).TakeWhile(name => name != SmokeCheckNames.IngressIsolation)
                .Select(name => CheckResult.Skip(name, "not run: no TLS 1.2+ handshake")));
        }

        if (options.IngressEndpoint is { } ingress)
        {
            checks.Add(await IngressIsolationCheckAsync(new SmokeConnector(ingress, options.Timeout, clock), options.IngressHostName!, options.Path, cancellation));
        }

        return new SmokeTestReport(options, checks, started, clock.GetElapsedTime(total));
    }

    /// <summary>The checks these options ask for, in order.</summary>
    public static IReadOnlyList<string> Planned(SmokeTestOptions options)
    {
        var names = new List<string>
        {
            SmokeCheckNames.Handshake, SmokeCheckNames.Tls10Refused, SmokeCheckNames.Tls11Refused,
            SmokeCheckNames.CertificateChain, SmokeCheckNames.CertificateName, SmokeCheckNames.CertificateValidity,
        };
        if (options.StrictSni)
        {
            names.Add(SmokeCheckNames.StrictSni);
        }

        names.Add(SmokeCheckNames.HttpStatus);
        names.Add(SmokeCheckNames.Gzip);
        if (options.ExpectDistinctBackends > 0)
        {
            names.Add(SmokeCheckNames.DistinctBackends);
        }

        if (options.IngressEndpoint is not null)
        {
            names.Add(SmokeCheckNames.IngressIsolation);
        }

        return names;
    }

    private async Task<CheckResult> LegacyCheckAsync(SmokeConnector connector, ushort version, string name, string hostName, CancellationToken cancellation)
    {
        var watch = clock.GetTimestamp();
        var answer = await LegacyTlsProbe.ProbeAsync(connector, version, hostName, cancellation);
        var offered = TlsVersion.Name(version);
        return answer.Verdict switch
        {
            ServerVerdict.Refused => CheckResult.Pass(name, $"the server {answer.Description}", clock.GetElapsedTime(watch)),
            ServerVerdict.Accepted => CheckResult.Fail(name, $"the server accepted {offered}: it {answer.Description}; expected an alert or a closed connection", clock.GetElapsedTime(watch)),
            _ => CheckResult.Fail(name, $"could not tell whether {offered} is refused: the server {answer.Description}; expected an alert or a closed connection", clock.GetElapsedTime(watch)),
        };
    }

    /// <summary>Traefik with sniStrict refuses a handshake whose SNI matches no certificate, and one without SNI.</summary>
    private async Task<CheckResult> StrictSniCheckAsync(SmokeConnector connector, CancellationToken cancellation)
    {
        var watch = clock.GetTimestamp();
        foreach (var (serverName, label) in new[] { (WrongServerName, $"SNI {WrongServerName}"), (string.Empty, "no SNI") })
        {
            var attempt = await TlsHandshake.PerformAsync(connector, serverName, cancellation);
            if (attempt.Leaf is { } presented)
            {
                var which = serverName.Length > 0 && HostNameCoverage.Covers(presented, serverName)
                    ? "a certificate valid for that wrong name"
                    : "a default certificate";
                return CheckResult.Fail(SmokeCheckNames.StrictSni,
                    $"with {label} the server presented '{presented.GetNameInfo(X509NameType.SimpleName, false)}' ({which}); expected the handshake refused", clock.GetElapsedTime(watch));
            }

            if (attempt.Error is { } error && error is not (AuthenticationException or IOException))
            {
                return CheckResult.Fail(SmokeCheckNames.StrictSni,
                    $"could not tell: with {label}, {NetworkFailure.Describe(error, connector.Endpoint, connector.Timeout)}; expected the handshake refused", clock.GetElapsedTime(watch));
            }
        }

        return CheckResult.Pass(SmokeCheckNames.StrictSni, $"handshakes with SNI {WrongServerName} and with no SNI were refused", clock.GetElapsedTime(watch));
    }

    private async Task<IReadOnlyList<CheckResult>> HttpChecksAsync(SmokeConnector connector, SmokeTestOptions options, CancellationToken cancellation)
    {
        var results = new List<CheckResult>();
        var watch = clock.GetTimestamp();
        var request = $"GET {options.Path} with Host {options.HostName}";
        using var http = new HttpProbe(connector, options.HostName);
        HttpAnswer first;
        try
        {
            first = await http.GetAsync(options.Path, newConnection: true, cancellation);
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException or IOException or TimeoutException)
        {
            results.Add(CheckResult.Fail(SmokeCheckNames.HttpStatus, $"{request}: {NetworkFailure.Describe(exception, options.Endpoint, options.Timeout)}; expected an HTTP answer", clock.GetElapsedTime(watch)));
            results.Add(CheckResult.Skip(SmokeCheckNames.Gzip, "not run: no HTTP answer"));
            if (options.ExpectDistinctBackends > 0)
            {
                results.Add(CheckResult.Skip(SmokeCheckNames.DistinctBackends, "not run: no HTTP answer"));
            }

            return results;
        }

        results.Add(first.IsSuccess
            ? CheckResult.Pass(SmokeCheckNames.HttpStatus, $"HTTP {first.StatusCode} for {request}", clock.GetElapsedTime(watch))
            : CheckResult.Fail(SmokeCheckNames.HttpStatus, $"saw HTTP {first.StatusCode} {first.ReasonPhrase} for {request}; expected 2xx", clock.GetElapsedTime(watch)));
        results.Add(first.IsSuccess ? GzipCheck(first) : CheckResult.Skip(SmokeCheckNames.Gzip, "not run: no 2xx answer"));
        if (options.ExpectDistinctBackends > 0)
        {
            results.Add(first.IsSuccess
                ? await DistinctBackendsCheckAsync(http, first, options, cancellation)
                : CheckResult.Skip(SmokeCheckNames.DistinctBackends, "not run: no 2xx answer"));
        }

        return results;
    }

    private static CheckResult GzipCheck(HttpAnswer answer)
    {
        var gzipHeader = string.Equals(answer.ContentEncoding, "gzip", StringComparison.OrdinalIgnoreCase);
        return (gzipHeader, answer.BodyIsGzip) switch
        {
            (true, true) => CheckResult.Pass(SmokeCheckNames.Gzip, $"Content-Encoding: gzip ({answer.WireLength} bytes sent for {answer.Body.Length} characters)"),
            (true, false) => CheckResult.Fail(SmokeCheckNames.Gzip, "saw Content-Encoding: gzip on a body that is not gzip data; expected a gzip stream"),
            _ => CheckResult.Fail(SmokeCheckNames.Gzip, $"saw Content-Encoding: {answer.ContentEncoding ?? "none"} (HTTP {answer.StatusCode}) for Accept-Encoding: gzip; expected gzip"),
        };
    }

    /// <summary>Fresh connections until enough different pods have answered, or the attempts run out.</summary>
    private async Task<CheckResult> DistinctBackendsCheckAsync(HttpProbe http, HttpAnswer first, SmokeTestOptions options, CancellationToken cancellation)
    {
        var watch = clock.GetTimestamp();
        var wanted = options.ExpectDistinctBackends;
        var attempts = Math.Max(10, 5 * wanted);
        var seen = new List<string?> { BackendHostName.Find(first.Body) };
        try
        {
            while (seen.Count < attempts && seen.OfType<string>().Distinct().Count() < wanted)
            {
                var answer = await http.GetAsync(options.Path, newConnection: true, cancellation);
                seen.Add(answer.IsSuccess ? BackendHostName.Find(answer.Body) : null);
            }
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException or IOException or TimeoutException)
        {
            return CheckResult.Fail(SmokeCheckNames.DistinctBackends,
                $"request {seen.Count + 1}: {NetworkFailure.Describe(exception, options.Endpoint, options.Timeout)}; expected {wanted} backends to answer", clock.GetElapsedTime(watch));
        }

        var distinct = seen.OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (distinct.Count == 0)
        {
            return CheckResult.Fail(SmokeCheckNames.DistinctBackends,
                $"found no host name in the page at {options.Path} (looked for a 'Host name' cell, a \"hostName\" JSON field, a 'Host name:' line); expected the aspnetapp page", clock.GetElapsedTime(watch));
        }

        var list = string.Join(", ", distinct);
        return distinct.Count >= wanted
            ? CheckResult.Pass(SmokeCheckNames.DistinctBackends, $"{distinct.Count} backends in {seen.Count} requests: {list}", clock.GetElapsedTime(watch))
            : CheckResult.Fail(SmokeCheckNames.DistinctBackends, $"saw {distinct.Count} distinct backend(s) ({list}) in {seen.Count} requests; expected at least {wanted}", clock.GetElapsedTime(watch));
    }

    /// <summary>
    /// The ingress must serve the gateway only. From here (not the gateway) a refused or unanswered connection,
    /// a refused handshake, or HTTP 403 from the IP allow list passes; any other HTTP answer fails.
    /// </summary>
    private async Task<CheckResult> IngressIsolationCheckAsync(SmokeConnector ingress, string hostName, string path, CancellationToken cancellation)
    {
        var watch = clock.GetTimestamp();
        using var http = new HttpProbe(ingress, hostName);
        try
        {
            var answer = await http.GetAsync(path, newConnection: true, cancellation);
            return answer.StatusCode == 403
                ? CheckResult.Pass(SmokeCheckNames.IngressIsolation, $"the ingress {ingress.Endpoint} answered HTTP 403 to this machine (IP allow list)", clock.GetElapsedTime(watch))
                : CheckResult.Fail(SmokeCheckNames.IngressIsolation,
                    $"saw HTTP {answer.StatusCode} from the ingress {ingress.Endpoint} for GET {path} from this machine, which is not the gateway; expected no connection or HTTP 403", clock.GetElapsedTime(watch));
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException or IOException or TimeoutException)
        {
            return CheckResult.Pass(SmokeCheckNames.IngressIsolation, $"the ingress refused this machine: {NetworkFailure.Describe(exception, ingress.Endpoint, ingress.Timeout)}", clock.GetElapsedTime(watch));
        }
    }
}
