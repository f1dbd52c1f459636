using System.Text.Json.Nodes;
using Build.Certificates;
using Build.Deployment.Vault;
using Build.Infrastructure;
using Build.Tools.Az;
using Cake.Core.Diagnostics;

namespace Build.Deployment;

/// <summary>
/// Makes the cluster's Key Vault hold the environment's certificates. Key Vault is the source of truth: what it
/// holds is read fresh (a standing Key Vault Reader assignment makes that a read, not a change), and when it
/// holds valid certificates for the environment's names nothing is generated or imported — whatever machine
/// runs this, with or without artifacts/certs. Only what it lacks, or holds expiring, is made (or taken from the
/// brought files) and imported, with write access opened for the import alone.
/// </summary>
public sealed class CertificateImport(DeploymentSession session)
{
    /// <param name="options">The generator's options for the environment's host names (Certificates.Generate's options).</param>
    /// <returns>What the generator did, when it had to run; null when the vault needed nothing.</returns>
    public async Task<IReadOnlyList<CertificateOutcome>?> Run(Func<CertificateHostNames, CertificateGenerationOptions> options, string? passwordVariable)
    {
        var stack = session.OutputsUpTo(Stage.Cluster);
        var names = CertificateHostNames.From(stack);
        var vaultName = stack.GetString(OutputNames.KeyVaultName);
        var vault = session.Retry.Execute($"Reading Key Vault {vaultName}", () => session.Context.AzKeyVaultShow(new AzKeyVaultSettings { Name = vaultName, Subscription = session.Options.Subscription }));
        var principal = session.Retry.Execute("Reading the signed-in identity", () => session.Context.AzSignedInPrincipal(new AzSettings { Subscription = session.Options.Subscription }));
        var access = new VaultAccess(session, vault, principal, await CallerAddress.Resolve(session.Options.CallerIp));
        access.CloseLeftovers(DeclaredRules());
        access.EnsureReader();

        var clients = new VaultClients(new Uri(vault.Properties.VaultUri ?? $"https://{vaultName}.vault.azure.net/"));
        var refusal = new VaultRefusal(session.Log, session.Clock, session.Options.RetryBaseDelay, vaultName, access.Caller);
        var gateway = stack.GetString(OutputNames.GatewayCertificateName);
        var ingress = stack.GetString(OutputNames.IngressCertificateName);
        var root = stack.GetString(OutputNames.IngressRootCertificateName);
        using (access.AdmitThisMachine())
        {
            var held = await VaultCertificates.Read(clients, refusal, gateway, ingress, root);
            var wanted = options(names);
            var brought = Brought(wanted, gateway, ingress, root);
            var now = session.Clock.GetUtcNow();
            var plan = CertificatePlan.For(held, names, now, brought.Count > 0);
            if (!plan.NeedsCertificates)
            {
                session.Log.Information($"Key Vault {vaultName} holds valid certificates for {names.GatewayHostName} and {names.IngressWildcard}: {held}. Nothing to generate or import.");
                return null;
            }

            session.Log.Information($"Key Vault {vaultName} needs certificates: {string.Join("; ", plan.Reasons)}.");
            var outcomes = new CertificateGenerator(session.Clock).Generate(wanted, passwordVariable);
            var uploads = CertificatePlan.Uploads(held, CertificateUploads.From(wanted.Files, stack, passwordVariable), names, now, brought);
            if (uploads.Count == 0)
            {
                session.Log.Information($"Key Vault {vaultName} already holds the brought certificates: nothing to import.");
                return outcomes;
            }

            var uploader = new VaultUploader(clients, refusal);
            using (access.GrantWriters())
            {
                foreach (var upload in uploads)
                {
                    var thumbprint = await uploader.Upload(upload);
                    session.Log.Information($"Imported {upload.Name} into {vaultName} (thumbprint {thumbprint}).");
                }
            }

            return outcomes;
        }
    }

    /// <summary>The vault names of the certificates the user brought files for.</summary>
    private static HashSet<string> Brought(CertificateGenerationOptions options, string gateway, string ingress, string root)
    {
        var brought = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (options.RootCertificateFile is not null)
        {
            brought.Add(root);
        }

        if (options.GatewayPfxFile is not null)
        {
            brought.Add(gateway);
        }

        if (options.IngressCertificateFile is not null)
        {
            brought.Add(ingress);
        }

        return brought;
    }

    /// <summary>The firewall rules the cluster template gives the vault (the operators' ranges), from the committed snapshot.</summary>
    private IReadOnlyCollection<string> DeclaredRules() =>
        BicepSnapshot.Load(session.Layout.Snapshot(Stage.Cluster).FullPath).PredictedResources
            .Where(r => string.Equals((string?)r["type"], "Microsoft.KeyVault/vaults", StringComparison.OrdinalIgnoreCase))
            .SelectMany(r => r["properties"]?["networkAcls"]?["ipRules"] as JsonArray ?? [])
            .Select(rule => (string?)rule?["value"])
            .OfType<string>()
            .ToList();
}
