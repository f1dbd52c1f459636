using System.Globalization;
using Build.SmokeTests;
using Cake.Common;
using Cake.Core.IO;

namespace Build.Tasks.SmokeTest;

/// <summary>Reads the standalone SmokeTest's options from the command line.</summary>
internal static class SmokeTestArguments
{
    public const string Usage = "--endpoint=<ip-or-name>:<port> --hostname=<sni-and-host-header>";

    public static SmokeTestOptions Read(BuildContext context)
    {
        var endpoint = Text(context, "endpoint");
        var hostName = Text(context, "hostname");
        if (endpoint is null || hostName is null)
        {
            throw new ArgumentException($"SmokeTest needs {Usage} (e.g. --endpoint=20.1.2.3:443 --hostname=bicycle.contoso.com); Deploy passes them itself.");
        }

        var ingressEndpoint = Text(context, "ingress-endpoint");
        return new SmokeTestOptions(SmokeEndpoint.Parse(endpoint), hostName.Trim())
        {
            CaFile = Text(context, "ca") is { } ca ? new FilePath(ca).MakeAbsolute(context.Environment).FullPath : null,
            Path = Text(context, "path") ?? "/",
            StrictSni = Flag(context, "strict-sni"),
            ExpectDistinctBackends = Number(context, "expect-distinct-backends", 0),
            Timeout = TimeSpan.FromSeconds(Number(context, "timeout-seconds", (int)SmokeTestOptions.DefaultTimeout.TotalSeconds)),
            IngressEndpoint = ingressEndpoint is null ? null : SmokeEndpoint.Parse(ingressEndpoint),
            IngressHostName = Text(context, "ingress-hostname"),
        };
    }

    private static string? Text(BuildContext context, string name) =>
        context.HasArgument(name) && context.Argument(name, string.Empty) is { Length: > 0 } value ? value : null;

    /// <summary><c>--strict-sni</c> alone means true; <c>--strict-sni=false</c> is allowed too.</summary>
    private static bool Flag(BuildContext context, string name)
    {
        if (!context.HasArgument(name))
        {
            return false;
        }

        var value = Text(context, name);
        return value is null || (bool.TryParse(value, out var parsed)
            ? parsed
            : throw new ArgumentException($"--{name} takes no value, or true/false (got '{value}')."));
    }

    private static int Number(BuildContext context, string name, int fallback)
    {
        var value = Text(context, name);
        return value is null
            ? fallback
            : int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                ? number
                : throw new ArgumentException($"--{name} must be a whole number (got '{value}').");
    }
}
