namespace Build.Kubernetes.Charts;

/// <summary>A pinned chart version is neither cached nor obtainable: one line saying which, what was tried and how to provide it.</summary>
public sealed class ChartUnavailableException(string message) : Exception(message);
