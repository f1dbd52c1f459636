using Cake.Core.IO;
using Cake.Core.Tooling;

namespace Build.Tools.Helm;

/// <summary>Options every helm command takes.</summary>
public class HelmSettings : ToolSettings
{
    public FilePath? Kubeconfig { get; set; }

    public string? KubeContext { get; set; }
}
