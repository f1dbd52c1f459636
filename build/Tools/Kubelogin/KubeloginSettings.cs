using Cake.Core.Tooling;

namespace Build.Tools.Kubelogin;

/// <summary>Options every kubelogin command takes.</summary>
public class KubeloginSettings : ToolSettings;
