using System.Security.Cryptography.X509Certificates;

namespace Build.Certificates;

/// <summary>The root CA this run works with; <see cref="Authority"/> is null for a brought CA without its key.</summary>
internal sealed record RootDecision(X509Certificate2 Certificate, CertificateAuthority? Authority, bool Replaced, CertificateOutcome Outcome) : IDisposable
{
    public void Dispose()
    {
        if (Authority is null)
        {
            Certificate.Dispose();
            return;
        }

        Authority.Dispose();
    }
}
