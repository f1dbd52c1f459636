namespace Build.Tools.Helm;

/// <summary>What <c>helm show</c> prints of a chart.</summary>
public enum HelmShowKind
{
    /// <summary>Chart.yaml.</summary>
    Chart,

    /// <summary>The chart's default values.yaml.</summary>
    Values,

    /// <summary>The CRDs in the chart's crds/ folder.</summary>
    Crds,

    Readme,
}
