namespace Build.Infrastructure;

/// <summary>
/// What the templates predict now for each deployment of an environment, and how that differs from the committed
/// snapshots. A deployment without drift is predicted by its committed snapshot (bicep found them identical); one
/// that drifted by the snapshot bicep wrote afresh into a copy of bicep/ under artifacts/predicted/&lt;env&gt;/.
/// </summary>
public sealed record Prediction(IReadOnlyList<PredictedSnapshot> Snapshots, IReadOnlyList<StageDrift> Drifts);

/// <param name="File">The snapshot that predicts the deployment, relative to the repository root.</param>
/// <param name="Committed">The deployment's committed snapshot, relative to the repository root.</param>
public sealed record PredictedSnapshot(Stage Stage, string File, string Committed)
{
    /// <summary>True when the templates predict something else than the committed snapshot says.</summary>
    public bool IsFresh => File != Committed;
}
