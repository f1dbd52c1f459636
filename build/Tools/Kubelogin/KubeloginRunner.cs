using Cake.Core;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace Build.Tools.Kubelogin;

/// <summary>kubelogin, the credential plugin that Entra ID-integrated AKS clusters (local accounts disabled) need.</summary>
public sealed class KubeloginRunner(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools)
    : CommandLineTool<KubeloginSettings>(fileSystem, environment, processRunner, tools)
{
    public override ToolDescriptor Descriptor => ToolDescriptor.Kubelogin;

    public void Convert(KubeloginConvertSettings settings)
    {
        var arguments = new ProcessArgumentBuilder()
            .Append("convert-kubeconfig")
            .Append("--login").Append(settings.LoginMode)
            .Append("--kubeconfig").AppendQuoted(settings.Kubeconfig.MakeAbsolute(Environment).FullPath);
        Capture(settings, arguments);
    }

    public string Version(KubeloginSettings settings) =>
        Capture(settings, new ProcessArgumentBuilder().Append("--version")).StandardOutput.Split('\n').FirstOrDefault(l => l.Contains("git hash", StringComparison.OrdinalIgnoreCase) || l.Trim().StartsWith('v'))?.Trim() ?? "found";
}
