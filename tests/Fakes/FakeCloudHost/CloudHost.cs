using System.Net;
using FakeCloudHost.Cli;
using FakeCloudHost.Edge;
using FakeCloudHost.Journal;
using FakeCloudHost.KeyVault;
using FakeCloudHost.Kubernetes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.Logging;

namespace FakeCloudHost;

/// <summary>
/// The FAKE cloud, composed: the command-line endpoint and the Kubernetes API on one loopback HTTP port,
/// the Key Vault data plane and api.ipify.org on one HTTPS port behind the proxy, and the edge stand-ins.
/// <see cref="Environment"/> is what a shell needs to talk to it.
/// </summary>
public sealed class CloudHost : IAsyncDisposable
{
    private readonly WebApplication _http;
    private readonly WebApplication _https;
    private readonly FakeHttpsProxy _proxy;
    private readonly FakeEdge _edge;

    private CloudHost(CloudState state, WebApplication http, WebApplication https, FakeHttpsProxy proxy, FakeEdge edge, IReadOnlyDictionary<string, string> environment)
    {
        State = state;
        _http = http;
        _https = https;
        _proxy = proxy;
        _edge = edge;
        Environment = environment;
    }

    /// <summary>What the cloud holds, for tests that run it in-process (take <see cref="CloudState.Gate"/> to change it).</summary>
    public CloudState State { get; }

    public string KubernetesApiUrl => _http.Urls.First();

    public string ProxyUrl => _proxy.Url;

    /// <summary>The PEM bundle that trusts the fake's HTTPS endpoints (and the system's CAs).</summary>
    public string CaBundle => Environment["SSL_CERT_FILE"];

    /// <summary>KEY=value lines for a shell: PATH first among them.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; }

    public static async Task<CloudHost> Start(CloudHostOptions options)
    {
        var home = Directory.CreateDirectory(options.Home).FullName;
        var state = new CloudState(home, CloudIdentity.For(options.Identity), options.PublicIp);
        var journal = new CallJournal(home);
        var authority = FakeTlsAuthority.Create(home);

        var https = Quiet();
        https.WebHost.UseKestrelHttpsConfiguration();
        https.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, l => l.UseHttps(new HttpsConnectionAdapterOptions { ServerCertificate = authority.ServerCertificate })));
        var httpsApp = https.Build();
        httpsApp.MapGet("/", () =>
        {
            journal.Http("ipify", "GET", "/");
            return Results.Text(state.PublicIp);
        }).RequireHost("api.ipify.org");
        new FakeKeyVault(state, journal).Map(httpsApp);
        await httpsApp.StartAsync();
        var proxy = new FakeHttpsProxy(new Uri(httpsApp.Urls.First()).Port);

        var http = Quiet();
        http.WebHost.UseUrls("http://127.0.0.1:0");
        var httpApp = http.Build();
        string? kubernetesUrl = null;
        new CliServer(state, journal, new FailureInjection(home), () => kubernetesUrl!, options.RealHelm ?? RealHelm()).Map(httpApp);
        new FakeKubernetesApi(state, journal).Map(httpApp);
        await httpApp.StartAsync();
        kubernetesUrl = httpApp.Urls.First();

        var edge = await FakeEdge.Start(state);
        var bin = ClientScripts.Write(home, $"{kubernetesUrl}/cli", options.KubeloginOutsidePath);
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["PATH"] = bin.Path + ":" + System.Environment.GetEnvironmentVariable("PATH"),
            ["HTTPS_PROXY"] = proxy.Url,
            ["NO_PROXY"] = "127.0.0.1,localhost",
            ["SSL_CERT_FILE"] = authority.Bundle,
            ["FAKE_CLOUD_URL"] = kubernetesUrl,
            ["FAKE_CLOUD_HOME"] = home,
        };
        if (bin.Kubelogin is not null)
        {
            environment["KUBELOGIN_PATH"] = bin.Kubelogin;
        }

        return new CloudHost(state, httpApp, httpsApp, proxy, edge, environment);
    }

    public async ValueTask DisposeAsync()
    {
        await _edge.DisposeAsync();
        _proxy.Dispose();
        await _http.DisposeAsync();
        await _https.DisposeAsync();
    }

    private static WebApplicationBuilder Quiet()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Logging.ClearProviders();
        return builder;
    }

    /// <summary>The repository's own helm (the Tools target's), else the first helm on PATH.</summary>
    private static string? RealHelm()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var cached = Path.Combine(directory.FullName, ".tools", "bin", "helm");
            if (File.Exists(cached))
            {
                return cached;
            }
        }

        return (System.Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "helm")).FirstOrDefault(File.Exists);
    }
}
