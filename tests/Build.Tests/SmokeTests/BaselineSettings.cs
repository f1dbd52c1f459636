using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Http;

namespace Build.Tests.SmokeTests;

/// <summary>How the loopback baseline is built; the defaults are the reference architecture, each member a way to break it.</summary>
public sealed record BaselineSettings
{
    public int Pods { get; init; } = 2;

    public int PodStatus { get; init; } = StatusCodes.Status200OK;

    public bool PodGzip { get; init; } = true;

    public bool IngressStrictSni { get; init; } = true;

    /// <summary>False is Traefik's IP allow list naming only the App Gateway subnet; true is a list that lets anyone in.</summary>
    public bool IngressAllowsAnySource { get; init; }

    /// <summary>A listener certificate other than the generated bicycle.&lt;domain&gt; one.</summary>
    public X509Certificate2? GatewayCertificate { get; init; }

    /// <summary>The gateway's TLS policy still allows TLS 1.0 and 1.1 (runs the gateway in a child process).</summary>
    public bool GatewayLegacyTls { get; init; }
}
