namespace Build.Infrastructure;

/// <summary>
/// Where Validate.Snapshots keeps the fresh snapshots of the deployments that drifted, for the rules to judge and
/// reviewers to compare: artifacts/predicted/&lt;env&gt;/bicep/environments/&lt;env&gt;/&lt;stage&gt;.snapshot.json, the
/// committed file's path under a copy of the repository.
/// </summary>
public static class PredictionFiles
{
    public static string Directory(string root, string environment) => Path.Combine(root, "artifacts", "predicted", environment);

    /// <summary>The fresh snapshot of a drifted stage, relative to the repository.</summary>
    public static string Fresh(EnvironmentLayout layout, string directory, Stage stage) =>
        Path.GetRelativePath(layout.Root.FullPath, Path.Combine(directory, Path.GetRelativePath(layout.Root.FullPath, layout.Snapshot(stage).FullPath))).Replace('\\', '/');

    /// <summary>Writes each drifted stage's fresh snapshot (and removes those of stages that no longer drift).</summary>
    public static void Keep(IEnumerable<StagePrediction> stages, EnvironmentLayout layout, string directory)
    {
        foreach (var stage in stages)
        {
            var path = Path.Combine(layout.Root.FullPath, Fresh(layout, directory, stage.Stage));
            if (stage.Fresh is { } fresh)
            {
                System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, fresh);
            }
            else if (File.Exists(path))
            {
                File.Delete(path);
            }
        }
    }

    /// <summary>The prediction these stage results make: a drifted stage by its fresh file, the others by their committed snapshots.</summary>
    public static Prediction Of(IReadOnlyList<(Stage Stage, IReadOnlyList<ResourceChange> Changes)> stages, EnvironmentLayout layout, string directory)
    {
        var committed = (Stage stage) => Path.GetRelativePath(layout.Root.FullPath, layout.Snapshot(stage).FullPath).Replace('\\', '/');
        return new Prediction(
            stages.Select(stage => new PredictedSnapshot(stage.Stage, stage.Changes.Count > 0 ? Fresh(layout, directory, stage.Stage) : committed(stage.Stage), committed(stage.Stage))).ToList(),
            stages.Where(stage => stage.Changes.Count > 0).Select(stage => new StageDrift(stage.Stage, stage.Changes)).ToList());
    }
}
