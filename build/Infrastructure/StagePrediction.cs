namespace Build.Infrastructure;

/// <summary>One deployment as its template predicts it now: what differs from its committed snapshot, and the fresh snapshot when something does.</summary>
/// <param name="Fresh">The snapshot bicep predicts now (as the repository commits it), when it differs from the committed one.</param>
public sealed record StagePrediction(Stage Stage, IReadOnlyList<ResourceChange> Changes, string? Fresh)
{
    public bool Drifted => Changes.Count > 0;

    public StageDrift Drift => new(Stage, Changes);
}
