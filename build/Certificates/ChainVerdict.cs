using System.Security.Cryptography.X509Certificates;

namespace Build.Certificates;

/// <summary>The outcome of building a chain: what is wrong (empty: it builds) and the certificates it found, leaf first.</summary>
public sealed record ChainVerdict(IReadOnlyList<string> Errors, IReadOnlyList<X509Certificate2> Elements)
{
    public bool Builds => Errors.Count == 0;
}
