using Azure.Identity;
using Build.Infrastructure;
using Build.Tools.Az;
using Cake.Core.Diagnostics;

namespace Build.Deployment;

/// <summary>
/// Puts the gateway and ingress certificates into the cluster's Key Vault. The vault records each
/// imported certificate's thumbprint in a tag, so a re-run with the same certificates reads one
/// resource and changes nothing; otherwise the vault is opened to this machine only for the import.
/// </summary>
public sealed class CertificateImport(BuildContext context, DeploymentSession session)
{
    public async Task Run(IReadOnlyList<CertificateUpload> uploads)
    {
        var vaultName = session.OutputsOf(Stage.Cluster).GetString(OutputNames.KeyVaultName);
        var vault = session.Retry.Execute($"Reading Key Vault {vaultName}", () => context.AzKeyVaultShow(new AzKeyVaultSettings { Name = vaultName, Subscription = session.Options.Subscription }));
        KeyVaultTemporaryAccess.CloseLeftovers(context, session, vault);

        var pending = uploads.Where(u => vault.Tags?.GetValueOrDefault(u.Tag) != u.Thumbprint).ToList();
        if (pending.Count == 0)
        {
            context.Log.Information($"Key Vault {vaultName} already holds {string.Join(" and ", uploads)}: nothing to import.");
            return;
        }

        var address = await CallerAddress.Resolve(context);
        var principal = session.Retry.Execute("Reading the signed-in principal", () => context.AzSignedInPrincipal(new AzSettings { Subscription = session.Options.Subscription }));
        var uri = new Uri(vault.Properties.VaultUri ?? $"https://{vaultName}.vault.azure.net/");
        var uploader = new KeyVaultUploader(uri, new DefaultAzureCredential(), context.Log, session.Options.RetryBaseDelay);
        var imported = new Dictionary<string, string>();
        using (KeyVaultTemporaryAccess.Open(context, session, vault, address, principal))
        {
            foreach (var upload in pending)
            {
                var thumbprint = await uploader.Upload(upload);
                imported[upload.Tag] = thumbprint;
                context.Log.Information($"Imported {upload.Name} into {vaultName} (thumbprint {thumbprint}).");
            }
        }

        var record = new AzTagUpdateSettings { ResourceId = vault.Id, Subscription = session.Options.Subscription };
        foreach (var (tag, thumbprint) in imported)
        {
            record.Tags[tag] = thumbprint;
        }

        session.Retry.Execute("Recording the imported certificates", () => context.AzTagUpdate(record));
    }
}
