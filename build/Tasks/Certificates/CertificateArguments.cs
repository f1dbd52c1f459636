using Build.Certificates;

namespace Build.Tasks.Certificates;

/// <summary>Certificates.Generate's options (from the options model) as <see cref="CertificateGenerationOptions"/>.</summary>
internal static class CertificateArguments
{
    public static CertificateGenerationOptions Read(BuildContext context, CertificateHostNames hostNames) =>
        new(hostNames, CertificateFiles.For(context.Artifacts, context.EnvironmentName))
        {
            KeyType = context.Options.KeyType,
            ValidityDays = context.Options.ValidityDays,
            RootCertificateFile = context.Options.Ca,
            GatewayPfxFile = context.Options.GatewayCert,
            IngressCertificateFile = context.Options.IngressCert,
            IngressKeyFile = context.Options.IngressKey,
        };
}
