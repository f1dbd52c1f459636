namespace FakeCloudHost;

/// <summary>How the fake cloud starts (its command line: <c>--home &lt;dir&gt;</c> and the rest, see Program.cs).</summary>
public sealed record CloudHostOptions(string Home)
{
    /// <summary>Who az is signed in as: user, servicePrincipal, managedIdentity or workloadIdentity.</summary>
    public string Identity { get; init; } = "user";

    /// <summary>
    /// This machine's address as Azure sees it. Not a documentation range (RFC 5737), which Preflight refuses as a
    /// placeholder: 198.18.0.0/15 is set aside for benchmarking (RFC 2544).
    /// </summary>
    public string PublicIp { get; init; } = "198.18.0.10";

    /// <summary>Puts kubelogin in a folder of its own, named by KUBELOGIN_PATH instead of PATH.</summary>
    public bool KubeloginOutsidePath { get; init; }

    /// <summary>The real helm that renders charts offline; default: the repository's .tools/bin/helm, then PATH.</summary>
    public string? RealHelm { get; init; }
}
