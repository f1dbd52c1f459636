using Build.Infrastructure;

namespace Build.Tasks.Validate;

/// <summary>Validate.Snapshots' piece: the deployments whose last result stood, and the prediction.</summary>
public sealed record SnapshotOutcome(IReadOnlyDictionary<Stage, IReadOnlyList<ResourceChange>> Standing, Prediction Prediction);
