using Build.Kubernetes;

namespace Build.Tasks.Validate;

/// <summary>Validate.Kubernetes' piece: the layer as rendered now (null when its inputs are unchanged since its last green run), and where it was written.</summary>
public sealed record LayerOutcome(KubernetesLayer? Layer, string Directory);
