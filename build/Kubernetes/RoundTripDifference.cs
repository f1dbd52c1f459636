namespace Build.Kubernetes;

/// <summary>Where a model read from YAML, written back by KubernetesClient, no longer says what the source said.</summary>
public sealed record RoundTripDifference(string Path, int Line, string Source, string RoundTripped);
