using Build.Infrastructure;

namespace Build.Validation;

/// <summary>What Validate.Snapshots found: the snapshot file of each deployment it checked, and the drift of those that no longer match.</summary>
public sealed record SnapshotVerdict(IReadOnlyList<(Stage Stage, string File)> Snapshots, IReadOnlyList<StageDrift> Drifts);
