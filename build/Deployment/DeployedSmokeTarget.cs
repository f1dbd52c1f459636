using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Build.Certificates;
using Build.Infrastructure;
using Build.SmokeTests;
using Build.Tools.Az;
using Cake.Core.Diagnostics;

namespace Build.Deployment;

/// <summary>
/// What SmokeTest checks when no <c>--endpoint</c> is given, all read from Azure: the deployed Application
/// Gateway's public IP and HTTPS frontend port, SNI bicycle.&lt;domain&gt; (no DNS record needed), the workload's
/// two pods behind it, and — unless <c>--ca</c> names one — the root CA the gateway's listener chain ends in
/// (its <c>publicCertData</c>, public data the service fills in from Key Vault). No file from an earlier stage
/// is needed, so a fresh agent can run it.
/// </summary>
public sealed record DeployedSmokeTarget(SmokeEndpoint Endpoint, string HostName, string? CaFile, int ExpectDistinctBackends)
{
    private const string GatewayType = "/providers/Microsoft.Network/applicationGateways/";

    public static DeployedSmokeTarget Read(DeploymentSession session)
    {
        var outputs = session.OutputsUpTo(Stage.Cluster);
        var deployment = session.Deployment(Stage.Cluster, DeploymentNames.Gateway(session.Layout.Environment));
        var id = deployment?.Properties.OutputResources?.Select(r => r.Id).FirstOrDefault(r => r.Contains(GatewayType, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException("The cluster has no Application Gateway yet (Provision.Gateway has not run): run Deploy, or pass --endpoint.");
        var name = id[(id.LastIndexOf('/') + 1)..];
        var gateway = session.Retry.Execute($"Reading Application Gateway {name}", () => session.Context.AzApplicationGatewayShow(new AzApplicationGatewayShowSettings
        {
            ResourceGroup = session.Settings.ResourceGroup(Stage.Cluster),
            Name = name,
            Subscription = session.Options.Subscription,
        })) ?? throw new InvalidOperationException($"Application Gateway {name} does not exist any more: run Deploy.");
        var port = gateway.Properties.FrontendPorts?.FirstOrDefault()?.Properties.Port ?? SmokeEndpoint.HttpsPort;
        return new DeployedSmokeTarget(
            new SmokeEndpoint(outputs.GetString(OutputNames.AppGatewayPublicIpAddress), port),
            outputs.GetString(OutputNames.GatewayHostName),
            TrustedRoot(session, gateway),
            ExpectDistinctBackends: 2);
    }

    /// <summary>The self-signed certificate at the end of the listener's chain, written as PEM for the probe; else the local cache's root.</summary>
    private static string? TrustedRoot(DeploymentSession session, AzApplicationGateway gateway)
    {
        var file = session.Artifacts.Combine("smoke").Combine(session.Layout.Environment).CombineWithFilePath("trusted-root.pem").FullPath;
        foreach (var data in (gateway.Properties.SslCertificates ?? []).Select(c => c.Properties.PublicCertData).OfType<string>())
        {
            try
            {
                var chain = new X509Certificate2Collection();
#pragma warning disable SYSLIB0057 // PKCS#7 has no X509CertificateLoader counterpart; the data holds public certificates only
                chain.Import(Convert.FromBase64String(data));
#pragma warning restore SYSLIB0057
                if (chain.FirstOrDefault(c => c.SubjectName.RawData.AsSpan().SequenceEqual(c.IssuerName.RawData)) is { } root)
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                    File.WriteAllText(file, root.ExportCertificatePem() + "\n");
                    return file;
                }
            }
            catch (Exception exception) when (exception is FormatException or CryptographicException)
            {
                session.Log.Verbose($"The gateway's publicCertData is not a certificate chain ({exception.Message}).");
            }
        }

        var cached = CertificateFiles.For(session.Artifacts, session.Layout.Environment).RootCertificate;
        return File.Exists(cached) ? cached : null;
    }
}
