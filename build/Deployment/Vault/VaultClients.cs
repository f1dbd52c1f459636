using Azure.Core;
using Azure.Identity;
using Azure.Security.KeyVault.Certificates;
using Azure.Security.KeyVault.Secrets;

namespace Build.Deployment.Vault;

/// <summary>
/// The Key Vault data-plane clients, signed in explicitly as the identity az is signed in as
/// (<see cref="AzureCliCredential"/>): the one the suite grants roles to. DefaultAzureCredential could pick
/// another identity first — environment variables, a VM's managed identity, a developer tool's session.
/// </summary>
public sealed class VaultClients(Uri vaultUri, TokenCredential credential, Action<ClientOptions>? configure = null)
{
    public VaultClients(Uri vaultUri)
        : this(vaultUri, new AzureCliCredential(new AzureCliCredentialOptions { ProcessTimeout = TimeSpan.FromSeconds(30) }))
    {
    }

    public Uri VaultUri { get; } = vaultUri;

    public string VaultName => VaultUri.Host.Split('.')[0];

    public CertificateClient Certificates { get; } = Create(() => new CertificateClientOptions(), configure, o => new CertificateClient(vaultUri, credential, o));

    public SecretClient Secrets { get; } = Create(() => new SecretClientOptions(), configure, o => new SecretClient(vaultUri, credential, o));

    private static TClient Create<TOptions, TClient>(Func<TOptions> options, Action<ClientOptions>? configure, Func<TOptions, TClient> create)
        where TOptions : ClientOptions
    {
        var value = options();
        value.Retry.MaxRetries = 2;
        configure?.Invoke(value);
        return create(value);
    }
}
