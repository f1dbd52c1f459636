namespace Build.Kubernetes.Charts;

/// <summary>
/// What <c>helm template</c> of one release produced: the chart archive and the Kubernetes version it was rendered
/// for, helm's output (written to <c>artifacts/rendered/&lt;env&gt;/charts/&lt;release&gt;.yaml</c>), the objects read
/// from it (CRDs by name only) and the CRDs it ships. <see cref="Problems"/> says why objects are missing: the chart
/// refused the values, or its output did not read.
/// </summary>
public sealed record RenderedChart(
    RenderedRelease Release,
    ChartArchive Chart,
    string? KubeVersion,
    RenderedText Output,
    IReadOnlyList<KubernetesObject> Objects,
    CustomResourceDefinitions Crds,
    IReadOnlyList<KubernetesSourceException> Problems)
{
    public string Name => Release.Release.Name;
}
