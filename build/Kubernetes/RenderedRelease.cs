namespace Build.Kubernetes;

/// <summary>A release of helm/releases.yaml with its values file rendered (<see cref="Values"/>): what <c>helm template</c> and <c>helm upgrade</c> take.</summary>
public sealed record RenderedRelease(HelmRelease Release, RenderedText Values);
