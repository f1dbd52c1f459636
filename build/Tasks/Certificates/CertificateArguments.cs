using Build.Certificates;
using Cake.Common;
using Cake.Core.IO;

namespace Build.Tasks.Certificates;

/// <summary>Reads Certificates.Generate's options from the command line into <see cref="CertificateGenerationOptions"/>.</summary>
internal static class CertificateArguments
{
    public static CertificateGenerationOptions Read(BuildContext context, CertificateHostNames hostNames)
    {
        var validity = context.Argument("validity-days", CertificateGenerationOptions.DefaultValidityDays.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (!int.TryParse(validity, out var validityDays))
        {
            throw new CertificateRefusedException($"--validity-days must be a whole number of days (got '{validity}').");
        }

        return new CertificateGenerationOptions(hostNames, CertificateFiles.For(context.Artifacts, context.EnvironmentName))
        {
            KeyType = CertificateKeys.Parse(context.Argument("key-type", "rsa")),
            ValidityDays = validityDays,
            RootCertificateFile = File(context, "ca"),
            GatewayPfxFile = File(context, "gateway-cert"),
            IngressCertificateFile = File(context, "ingress-cert"),
            IngressKeyFile = File(context, "ingress-key"),
        };
    }

    private static string? File(BuildContext context, string name) =>
        context.HasArgument(name) && context.Argument(name, string.Empty) is { Length: > 0 } value
            ? new FilePath(value).MakeAbsolute(context.Environment).FullPath
            : null;
}
