namespace Build.Validation;

/// <summary>The DNS names a certificate covers, and where they were read from (a generated file, or the names the generator would use).</summary>
public sealed record CertificateNames(string Source, IReadOnlyList<string> DnsNames)
{
    /// <summary>RFC 6125 matching: an equal name, or a wildcard one label up (<c>*.aks-ingress.x</c> covers <c>a.aks-ingress.x</c>).</summary>
    public bool Covers(string hostName) => DnsNames.Any(name =>
        string.Equals(name, hostName, StringComparison.OrdinalIgnoreCase) ||
        (name.StartsWith("*.", StringComparison.Ordinal) && hostName.IndexOf('.', StringComparison.Ordinal) is var dot and > 0 &&
         string.Equals(name[2..], hostName[(dot + 1)..], StringComparison.OrdinalIgnoreCase)));

    public override string ToString() => $"{string.Join(", ", DnsNames)} ({Source})";
}
