namespace Build.Kubernetes;

/// <summary>A release of helm/releases.yaml with its values file rendered (<see cref="Values"/>) and read into the chart's typed model (<see cref="Model"/>).</summary>
public sealed record RenderedRelease(HelmRelease Release, RenderedText Values, object Model);
