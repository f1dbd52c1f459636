namespace Build.SmokeTests;

/// <summary>The checks, in the order they run and are reported (also the JUnit test case names).</summary>
public static class SmokeCheckNames
{
    public const string Handshake = "TLS 1.2+ handshake";
    public const string Tls10Refused = "TLS 1.0 refused";
    public const string Tls11Refused = "TLS 1.1 refused";
    public const string CertificateChain = "Certificate chain";
    public const string CertificateName = "Certificate name";
    public const string CertificateValidity = "Certificate validity";
    public const string StrictSni = "Strict SNI";
    public const string HttpStatus = "HTTP 2xx";
    public const string Gzip = "gzip";
    public const string DistinctBackends = "Distinct backends";
    public const string IngressIsolation = "Ingress isolation";
}
