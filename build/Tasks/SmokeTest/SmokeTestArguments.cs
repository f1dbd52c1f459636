using System.Globalization;
using Build.Deployment;
using Build.SmokeTests;
using Cake.Common;
using Cake.Core.IO;

namespace Build.Tasks.SmokeTest;

/// <summary>Reads the standalone SmokeTest's options from the command line.</summary>
internal static class SmokeTestArguments
{
    public const string Usage = "--endpoint=<ip-or-name>:<port> --hostname=<sni-and-host-header>";

    /// <summary>
    /// Reads the options; what is not given comes from <paramref name="deployed"/> (the deployment's
    /// outputs), which is only asked for when <c>--endpoint</c> or <c>--hostname</c> is missing.
    /// </summary>
    public static SmokeTestOptions Read(BuildContext context, Func<DeployedSmokeTarget> deployed)
    {
        var endpoint = Text(context, "endpoint");
        var hostName = Text(context, "hostname");
        var target = endpoint is null || hostName is null ? Deployed(deployed) : null;

        var ingressEndpoint = Text(context, "ingress-endpoint");
        return new SmokeTestOptions(endpoint is null ? target!.Endpoint : SmokeEndpoint.Parse(endpoint), hostName?.Trim() ?? target!.HostName)
        {
            CaFile = Text(context, "ca") is { } ca ? new FilePath(ca).MakeAbsolute(context.Environment).FullPath : target?.CaFile,
            Path = Text(context, "path") ?? "/",
            StrictSni = Flag(context, "strict-sni"),
            ExpectDistinctBackends = Number(context, "expect-distinct-backends", target?.ExpectDistinctBackends ?? 0),
            Timeout = TimeSpan.FromSeconds(Number(context, "timeout-seconds", (int)SmokeTestOptions.DefaultTimeout.TotalSeconds)),
            IngressEndpoint = ingressEndpoint is null ? null : SmokeEndpoint.Parse(ingressEndpoint),
            IngressHostName = Text(context, "ingress-hostname"),
        };
    }

    private static DeployedSmokeTarget Deployed(Func<DeployedSmokeTarget> deployed)
    {
        try
        {
            return deployed();
        }
        catch (Exception exception) when (exception is InvalidOperationException or KeyNotFoundException or FileNotFoundException or Build.Tools.ToolNotFoundException or Build.Tools.ToolFailedException)
        {
            throw new ArgumentException($"SmokeTest needs {Usage} unless it can read them from the deployment, which failed: {exception.Message}");
        }
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
