namespace Build.Tools.Helm;

/// <summary><c>helm template</c>: renders a chart offline to YAML.</summary>
public sealed class HelmTemplateSettings : HelmChartSettings
{
    /// <summary>The Kubernetes version the chart's capabilities checks see (e.g. 1.33).</summary>
    public string? KubeVersion { get; set; }

    /// <summary>The API versions the cluster serves (<c>policy/v1</c>, <c>policy/v1/PodDisruptionBudget</c>): offline, helm knows only group/versions.</summary>
    public IList<string> ApiVersions { get; } = [];

    public bool IncludeCrds { get; set; }
}
