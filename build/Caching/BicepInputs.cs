using Build.Tools.Bicep;

namespace Build.Caching;

/// <summary>
/// What the Bicep checks read: everything under bicep/ (templates, modules, config, parameters and the
/// snapshots that parameter files load), the bicep executable, and the environment.
/// </summary>
public static class BicepInputs
{
    public static string Fingerprint(BuildContext context, string check)
    {
        var bicep = new BicepRunner(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools).Locate(new BicepSettings());
        return new InputFingerprint()
            .Add(check)
            .Add("environment:" + context.EnvironmentName)
            .AddTool(bicep?.FullPath)
            .AddFolder(context.Root.FullPath, "bicep")
            .Value;
    }
}
