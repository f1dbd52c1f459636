using Cake.Core.IO;
using Path = System.IO.Path;

namespace Build.Certificates;

/// <summary>
/// Where Certificates.Generate leaves an environment's certificates (<c>artifacts/certs/&lt;environment&gt;/</c>),
/// and so where Certificates.Import and the smoke test read them. Files marked secret are mode 0600.
/// </summary>
public sealed record CertificateFiles(string Directory)
{
    public const string PasswordVariable = "GATEWAY_PFX_PASSWORD";

    /// <summary>The root CA certificate (PEM): App Gateway's trusted root for the backend, and the smoke test's <c>--ca</c>.</summary>
    public string RootCertificate => Path.Combine(Directory, "root-ca.pem");

    /// <summary>Secret. The root CA's private key (PKCS#8 PEM), kept so certificates can be renewed under the same root.</summary>
    public string RootKey => Path.Combine(Directory, "root-ca-key.pem");

    /// <summary>Secret. The App Gateway listener certificate for bicycle.&lt;domain&gt; with its key and the root (PKCS#12).</summary>
    public string GatewayPfx => Path.Combine(Directory, "gateway.pfx");

    /// <summary>Secret. The generated PFX password; absent when <c>GATEWAY_PFX_PASSWORD</c> supplies it.</summary>
    public string GatewayPfxPasswordFile => Path.Combine(Directory, "gateway.pfx.password");

    /// <summary>Traefik's certificate for *.aks-ingress.&lt;domain&gt; (PEM, the leaf first).</summary>
    public string IngressCertificate => Path.Combine(Directory, "ingress.pem");

    /// <summary>Secret. Traefik's private key (unencrypted PKCS#8 PEM, as Traefik reads it).</summary>
    public string IngressKey => Path.Combine(Directory, "ingress-key.pem");

    public static CertificateFiles For(DirectoryPath artifacts, string environment) =>
        new(artifacts.Combine("certs").Combine(environment).FullPath);

    /// <summary>
    /// The gateway PFX's password for the import step: <c>GATEWAY_PFX_PASSWORD</c> when set, otherwise the
    /// generated one. The value must go to Key Vault only, never to a log or a command line.
    /// </summary>
    public string ReadGatewayPfxPassword(string? passwordVariable)
    {
        if (passwordVariable is not null)
        {
            return passwordVariable;
        }

        if (File.Exists(GatewayPfxPasswordFile))
        {
            return File.ReadAllText(GatewayPfxPasswordFile).TrimEnd('\r', '\n');
        }

        throw new InvalidOperationException($"{PasswordVariable} is not set and there is no {GatewayPfxPasswordFile}: run ./build.sh --target=Certificates.Generate first.");
    }

    /// <summary>The same, reading <c>GATEWAY_PFX_PASSWORD</c> from the process environment.</summary>
    public string ReadGatewayPfxPassword() => ReadGatewayPfxPassword(Environment.GetEnvironmentVariable(PasswordVariable));
}
