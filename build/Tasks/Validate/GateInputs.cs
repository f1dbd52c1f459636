using Build.Caching;
using Build.Certificates;
using Build.Infrastructure;
using Build.Kubernetes.Charts;
using Build.Network;
using Build.Tasks.Validation;
using Build.Tools.Helm;
using Build.Validation.Suppressions;

namespace Build.Tasks.Validate;

/// <summary>
/// What the gate's checks outside bicep read, as green-run fingerprints: a check whose inputs have not changed by a
/// byte since its last green run is not run again.
/// </summary>
public static class GateInputs
{
    /// <summary>Validate.Kubernetes: helm/, manifests/, the committed snapshots' outputs, the chart archives and helm.</summary>
    public static string Layer(BuildContext context) =>
        Common(context, "Validate.Kubernetes")
            .AddFiles(context.Root.FullPath, Stage.All.Select(stage => Layout(context).Snapshot(stage).FullPath))
            .Value;

    /// <summary>
    /// Validate.Rules: all of that, every Bicep input and the prediction made from them, the suppressions, the
    /// certificates the rules read names from (never a secret: the PFX's password is only said to be at hand or not),
    /// the headroom, and the date (some rules judge dates).
    /// </summary>
    public static string Rules(BuildContext context, ScaleHeadroom headroom)
    {
        var certificates = CertificateFiles.For(context.Artifacts, context.EnvironmentName);
        return Common(context, "Validate.Rules")
            .AddFolder(context.Root.FullPath, "bicep")
            .AddFolder(context.Root.FullPath, System.IO.Path.GetRelativePath(context.Root.FullPath, PredictionFiles.Directory(context.Root.FullPath, context.EnvironmentName)))
            .AddFiles(context.Root.FullPath, [SuppressionFile.FileName, certificates.IngressCertificate, certificates.GatewayPfx])
            .Add("pfx password at hand:" + (File.Exists(certificates.GatewayPfxPasswordFile) || context.Environment.GetEnvironmentVariable(CertificateFiles.PasswordVariable) is { Length: > 0 }))
            .Add("headroom:" + headroom)
            .Add("today:" + ValidationDate.Today.ToString("O", System.Globalization.CultureInfo.InvariantCulture))
            .Value;
    }

    private static InputFingerprint Common(BuildContext context, string check) =>
        new InputFingerprint()
            .Add(check)
            .Add("environment:" + context.EnvironmentName)
            .AddTool(new HelmRunner(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools).Locate(new HelmSettings())?.FullPath)
            .AddFolder(context.Root.FullPath, "helm")
            .AddFolder(context.Root.FullPath, "manifests")
            .AddFolder(context.Root.FullPath, System.IO.Path.GetRelativePath(context.Root.FullPath, ChartCache.DirectoryUnder(context.Root.FullPath)));

    private static EnvironmentLayout Layout(BuildContext context) => new(context.Root, context.EnvironmentName);
}
