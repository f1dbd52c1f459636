using Build.Deployment;
using Build.Files;
using Build.SmokeTests;
using Build.Tools;

namespace Build.Tasks.SmokeTest;

/// <summary>The SmokeTest's options (from the options model) as <see cref="SmokeTestOptions"/>.</summary>
internal static class SmokeTestArguments
{
    public const string Usage = "--endpoint=<ip-or-name>:<port> --hostname=<sni-and-host-header>";

    /// <summary>
    /// What is not given comes from <paramref name="deployed"/> (the deployment's outputs), which is only asked
    /// for when <c>--endpoint</c> or <c>--hostname</c> is missing.
    /// </summary>
    public static SmokeTestOptions Read(BuildContext context, Func<DeployedSmokeTarget> deployed)
    {
        var options = context.Options;
        var target = options.Endpoint is null || options.HostName is null ? Deployed(deployed) : null;
        return new SmokeTestOptions(options.Endpoint ?? target!.Endpoint, options.HostName ?? target!.HostName)
        {
            CaFile = options.Ca ?? target?.CaFile,
            Path = options.Path,
            StrictSni = options.StrictSni,
            ExpectDistinctBackends = options.ExpectDistinctBackends ?? target?.ExpectDistinctBackends ?? 0,
            Timeout = options.SmokeTimeout,
            IngressEndpoint = options.IngressEndpoint,
            IngressHostName = options.IngressHostName,
        };
    }

    private static DeployedSmokeTarget Deployed(Func<DeployedSmokeTarget> deployed)
    {
        try
        {
            return deployed();
        }
        catch (Exception exception) when (exception is InvalidOperationException or KeyNotFoundException or FileNotFoundException or InputFileException or ToolNotFoundException or ToolFailedException)
        {
            throw new ArgumentException($"SmokeTest needs {Usage} unless it can read them from the deployment, which failed: {exception.Message}");
        }
    }
}
