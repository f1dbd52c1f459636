using System.Diagnostics;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Build.Certificates;
using Build.Tests.Certificates;
using FakeCloudHost.Edge;

namespace Build.Tests.SmokeTests;

/// <summary>
/// A gateway stand-in that still accepts TLS 1.0 and 1.1, in a child process. Kestrel's SslProtocols alone is
/// not enough: OpenSSL 3 refuses TLS &lt; 1.2 below security level 0 ("no shared cipher"), and its policy is read
/// from OPENSSL_CONF once, when the process first uses it. So the child gets an OPENSSL_CONF with
/// <c>MinProtocol = TLSv1</c> and <c>CipherString = DEFAULT@SECLEVEL=0</c> before it starts; the test process
/// keeps the system policy. The child is this test assembly run by <c>dotnet</c>, entered through a startup
/// hook (<see cref="StartupHook"/>), so no extra project is needed.
/// </summary>
public sealed class LegacyTlsGatewayProcess : IAsyncDisposable
{
    public const string SettingsVariable = "BUILD_TESTS_LEGACY_GATEWAY";
    private const string ReadyPrefix = "LISTENING ";

    private static readonly string LoweredPolicy = """
        openssl_conf = openssl_init
        [openssl_init]
        ssl_conf = ssl_sect
        [ssl_sect]
        system_default = system_default_sect
        [system_default_sect]
        MinProtocol = TLSv1
        CipherString = DEFAULT@SECLEVEL=0
        """;

    private readonly Process _process;
    private readonly TemporaryFolder _folder;

    private LegacyTlsGatewayProcess(Process process, TemporaryFolder folder, int port)
    {
        _process = process;
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    public static async Task<LegacyTlsGatewayProcess> StartAsync(X509Certificate2 listenerCertificate, string rootPem, string backendHostName, int ingressPort)
    {
        var folder = new TemporaryFolder("legacy-gateway-");
        try
        {
            var settings = new LegacyGatewaySettings(folder.File("gateway.pem"), folder.File("gateway-key.pem"), rootPem, backendHostName, ingressPort);
            CertificateFileWriter.WritePublic(settings.CertificatePem, listenerCertificate.ExportCertificatePem());
            CertificateFileWriter.WriteSecret(settings.KeyPem, CertificateKeys.ExportPem(CertificateKeys.PrivateKeyOf(listenerCertificate)!));
            File.WriteAllText(folder.File("openssl.cnf"), LoweredPolicy);
            File.WriteAllText(folder.File("settings.json"), JsonSerializer.Serialize(settings));

            var assembly = typeof(LegacyTlsGatewayProcess).Assembly.Location;
            var start = new ProcessStartInfo(DotnetHost(), [assembly])
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.Environment["DOTNET_STARTUP_HOOKS"] = assembly;
            start.Environment["OPENSSL_CONF"] = folder.File("openssl.cnf");
            start.Environment[SettingsVariable] = folder.File("settings.json");
            var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            var line = await process.StandardOutput.ReadLineAsync(timeout.Token);
            if (line is null || !line.StartsWith(ReadyPrefix, StringComparison.Ordinal))
            {
                process.Kill(entireProcessTree: true);
                throw new InvalidOperationException($"The legacy TLS gateway did not start: {line} {await process.StandardError.ReadToEndAsync(timeout.Token)}");
            }

            return new LegacyTlsGatewayProcess(process, folder, int.Parse(line[ReadyPrefix.Length..], System.Globalization.CultureInfo.InvariantCulture));
        }
        catch
        {
            folder.Dispose();
            throw;
        }
    }

    /// <summary>Runs in the child process (from the startup hook) when the settings variable is set; otherwise does nothing.</summary>
    public static void RunChildIfAsked()
    {
        var path = Environment.GetEnvironmentVariable(SettingsVariable);
        if (path is null)
        {
            return;
        }

        var settings = JsonSerializer.Deserialize<LegacyGatewaySettings>(File.ReadAllText(path))!;
        using var certificate = X509Certificate2.CreateFromPemFile(settings.CertificatePem, settings.KeyPem);
        using var root = X509CertificateLoader.LoadCertificateFromFile(settings.RootPem);
        var gateway = GatewayStandIn.StartAsync(certificate, root, settings.BackendHostName, settings.IngressPort, GatewayStandIn.WithLegacy).GetAwaiter().GetResult();
        Console.Out.WriteLine(ReadyPrefix + gateway.Port);
        Console.Out.Flush();

        // The parent closes standard input to stop the child (and so does its death).
        while (Console.In.ReadLine() is not null)
        {
        }

        gateway.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Environment.Exit(0);
    }

    public async ValueTask DisposeAsync()
    {
        _process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
        _folder.Dispose();
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host
        : Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path
        : "dotnet";

    private sealed record LegacyGatewaySettings(string CertificatePem, string KeyPem, string RootPem, string BackendHostName, int IngressPort);
}
