namespace Build.Kubernetes;

/// <summary>The text an output token renders to; <paramref name="IsStandIn"/> when the real value is known only after deployment.</summary>
public sealed record ResolvedOutput(string Name, string Value, bool IsStandIn);
