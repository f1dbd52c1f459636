namespace Build.Tools.Helm;

/// <summary><c>helm template</c>: renders a chart offline to YAML.</summary>
public sealed class HelmTemplateSettings : HelmChartSettings
{
    /// <summary>The Kubernetes version the chart's capabilities checks see (e.g. 1.33.0).</summary>
    public string? KubeVersion { get; set; }

    public IList<string> ApiVersions { get; } = [];

    public bool IncludeCrds { get; set; }
}
