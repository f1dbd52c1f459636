using System.Security.Cryptography;
using System.Text;
using Build.Kubernetes;

namespace Build.Deployment;

/// <summary>A hash of what a helm release is made from (chart, version, rendered values), kept as a release label.</summary>
public static class ReleaseInputs
{
    public const string Label = "aks-baseline-inputs";

    public static string Hash(HelmRelease release, string renderedValues)
    {
        var text = $"{release.ChartReference}\n{release.Version}\n{release.Namespace}\n{renderedValues}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }
}
