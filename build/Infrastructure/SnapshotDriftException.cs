namespace Build.Infrastructure;

/// <summary>A deployment predicts resources that differ from its committed snapshot.</summary>
public sealed class SnapshotDriftException(string environment, IReadOnlyList<StageDrift> drifts)
    : Exception(Describe(environment, drifts))
{
    public IReadOnlyList<StageDrift> Drifts { get; } = drifts;

    private static string Describe(string environment, IReadOnlyList<StageDrift> drifts) =>
        $"The templates no longer predict the committed snapshots of '{environment}': "
        + string.Join("; ", drifts.Select(d => $"{d.Stage.Name}: {string.Join(", ", d.Changes)}"))
        + $". If that is intended, accept it with ./build.sh --target=Snapshots --environment={environment} (or --update-snapshots) and commit the snapshots.";
}
