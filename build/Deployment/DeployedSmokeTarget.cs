using Build.Certificates;
using Build.Infrastructure;
using Build.SmokeTests;

namespace Build.Deployment;

/// <summary>
/// What SmokeTest checks when no <c>--endpoint</c> is given: the deployed App Gateway's public IP with
/// SNI bicycle.&lt;domain&gt; (no DNS record needed), trusting the generated root, expecting the
/// workload's two pods behind it.
/// </summary>
public sealed record DeployedSmokeTarget(SmokeEndpoint Endpoint, string HostName, string? CaFile, int ExpectDistinctBackends)
{
    public const int HttpsPort = 443;

    public static DeployedSmokeTarget Read(BuildContext context, DeploymentSession session)
    {
        var outputs = session.OutputsUpTo(Stage.Cluster);
        var root = CertificateFiles.For(context.Artifacts, context.EnvironmentName).RootCertificate;
        return new DeployedSmokeTarget(
            new SmokeEndpoint(outputs.GetString(OutputNames.AppGatewayPublicIpAddress), HttpsPort),
            outputs.GetString(OutputNames.GatewayHostName),
            File.Exists(root) ? root : null,
            ExpectDistinctBackends: 2);
    }
}
