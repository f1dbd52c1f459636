namespace Build.Infrastructure;

/// <summary>The resources of one deployment that drifted from its committed snapshot.</summary>
public sealed record StageDrift(Stage Stage, IReadOnlyList<ResourceChange> Changes);
