using Build.Infrastructure;

namespace Build.Certificates;

/// <summary>
/// The names the two certificates must cover: the App Gateway listener (<c>bicycle.&lt;domain&gt;</c>) and
/// Traefik's wildcard (<c>*.aks-ingress.&lt;domain&gt;</c>). They come from the Bicep outputs, never from here.
/// </summary>
public sealed record CertificateHostNames(string GatewayHostName, string IngressDomain)
{
    public string IngressWildcard => "*." + IngressDomain;

    public static CertificateHostNames From(StackOutputs outputs) =>
        new(Read(outputs, OutputNames.GatewayHostName), Read(outputs, OutputNames.IngressDomain));

    private static string Read(StackOutputs outputs, string name)
    {
        if (outputs.IsKnownOnlyAfterDeployment(name))
        {
            throw new InvalidOperationException($"The Bicep output '{name}' is known only after deployment, but certificates need it before: make it depend on parameters only.");
        }

        var value = outputs.GetString(name).Trim().TrimEnd('.').ToLowerInvariant();
        if (value.Length == 0 || value.Contains('*') || value.Contains(' '))
        {
            throw new InvalidOperationException($"The Bicep output '{name}' is '{value}', which is not a DNS name.");
        }

        return value;
    }
}
