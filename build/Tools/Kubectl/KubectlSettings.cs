using Cake.Core.IO;
using Cake.Core.Tooling;

namespace Build.Tools.Kubectl;

/// <summary>Options every kubectl command takes.</summary>
public class KubectlSettings : ToolSettings
{
    /// <summary>The kubeconfig to use (the suite's own under artifacts/, not ~/.kube/config, unless asked).</summary>
    public FilePath? Kubeconfig { get; set; }

    public string? Context { get; set; }
}
