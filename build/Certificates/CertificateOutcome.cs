namespace Build.Certificates;

/// <summary>One row of Certificates.Generate's summary (<paramref name="Subject"/> is the common name). Holds nothing secret: it is printed.</summary>
public sealed record CertificateOutcome(
    string Role,
    CertificateAction Action,
    string Subject,
    IReadOnlyList<string> DnsNames,
    DateTimeOffset NotAfter,
    IReadOnlyList<string> Files,
    string Note);
