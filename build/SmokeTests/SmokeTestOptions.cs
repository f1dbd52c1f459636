namespace Build.SmokeTests;

/// <summary>
/// What to check: <see cref="Endpoint"/> is where to connect (App Gateway's public IP in Deploy), and
/// <see cref="HostName"/> is both the SNI and the Host header (like <c>curl --resolve</c>: no DNS record needed).
/// </summary>
public sealed record SmokeTestOptions(SmokeEndpoint Endpoint, string HostName)
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    /// <summary>A PEM file of trusted roots; null trusts the system store.</summary>
    public string? CaFile { get; init; }

    public string Path { get; init; } = "/";

    /// <summary>Expect a wrong or missing SNI to be refused (Traefik's sniStrict), not answered with some certificate.</summary>
    public bool StrictSni { get; init; }

    /// <summary>At least this many different pods must answer; 0 skips the check.</summary>
    public int ExpectDistinctBackends { get; init; }

    /// <summary>Bounds every connection, handshake and request, so nothing hangs.</summary>
    public TimeSpan Timeout { get; init; } = DefaultTimeout;

    /// <summary>
    /// The internal ingress (Traefik's load balancer). When given, it must refuse this machine, which is not
    /// the gateway: no connection, no handshake, or HTTP 403 from the IP allow list.
    /// </summary>
    public SmokeEndpoint? IngressEndpoint { get; init; }

    /// <summary>The SNI and Host to use against <see cref="IngressEndpoint"/> (App Gateway's backend host name).</summary>
    public string? IngressHostName { get; init; }

    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(HostName) || HostName.Contains('/') || HostName.Contains(' '))
        {
            throw new ArgumentException($"--hostname '{HostName}' is not a host name (e.g. bicycle.contoso.com).");
        }

        if (!Path.StartsWith('/'))
        {
            throw new ArgumentException($"--path '{Path}' must start with '/'.");
        }

        if (Timeout <= TimeSpan.Zero)
        {
            throw new ArgumentException("--timeout-seconds must be more than 0.");
        }

        if (ExpectDistinctBackends < 0)
        {
            throw new ArgumentException("--expect-distinct-backends must be 0 or more.");
        }

        if ((IngressEndpoint is null) != (IngressHostName is null))
        {
            throw new ArgumentException("--ingress-endpoint and --ingress-hostname go together: the probe needs the backend host name to get past SNI.");
        }

        if (CaFile is not null && !File.Exists(CaFile))
        {
            throw new ArgumentException($"--ca {CaFile} does not exist.");
        }
    }
}
