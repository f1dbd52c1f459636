using Build.Files;
using Build.Tools;
using Build.Tools.Bicep;
using Cake.Core.IO;
using Path = System.IO.Path;

namespace Build.Infrastructure;

/// <summary>
/// The committed snapshots of one environment: checked with <c>bicep snapshot --mode validate</c>
/// (the three deployments at once: they only read committed files), or regenerated on purpose in
/// deployment order, since each stage's parameters read the snapshots of the stages before it.
/// </summary>
public sealed class EnvironmentSnapshots(BicepRunner bicep, EnvironmentLayout layout)
{
    /// <summary>Fails with every drifted resource, or when a snapshot lacks an output of the contract.</summary>
    /// <param name="stages">The deployments to check; all three by default.</param>
    public void Validate(IReadOnlyCollection<Stage>? stages = null)
    {
        var drifts = Drifts(stages ?? Stage.All);
        if (drifts.Count > 0)
        {
            throw new SnapshotDriftException(layout.Environment, drifts);
        }
    }

    /// <summary>
    /// What the templates predict now: the committed snapshots checked (<c>--mode validate</c>, in parallel), and for
    /// each deployment that drifted, its fresh prediction, written by bicep into a copy of bicep/ under
    /// <paramref name="directory"/> (each drifted deployment reads the committed snapshots of the others, as the check did).
    /// Throws when bicep fails for another reason, or a snapshot lacks an output of the contract.
    /// </summary>
    public Prediction Predict(string directory)
    {
        var drifts = Drifts(Stage.All);
        var copy = Path.Combine(directory, "bicep");
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        if (drifts.Count > 0)
        {
            CopyTree(layout.BicepDirectory.FullPath, copy);
            var copied = new EnvironmentLayout(new Cake.Core.IO.DirectoryPath(directory), layout.Environment);
            var settings = EnvironmentSettings.Load(layout);
            var runs = drifts.Select(drift => (drift.Stage, Run: Task.Run(() =>
            {
                var snapshot = SnapshotScope.For(drift.Stage, settings).Settings(copied, drift.Stage, BicepSnapshotMode.Overwrite);
                snapshot.HandleExitCode = _ => true;
                return bicep.Snapshot(snapshot);
            }))).ToList();
            foreach (var (stage, run) in runs)
            {
                var output = run.GetAwaiter().GetResult();
                if (!output.Succeeded)
                {
                    throw Failure(stage, output);
                }

                SnapshotFile.Normalize(copied.Snapshot(stage).FullPath);
            }
        }

        return new Prediction(
            Stage.All.Select(stage =>
            {
                var committed = Relative(layout.Snapshot(stage));
                var fresh = drifts.Any(drift => drift.Stage == stage)
                    ? Path.GetRelativePath(layout.Root.FullPath, Path.Combine(copy, "environments", layout.Environment, $"{stage.Name}.snapshot.json")).Replace('\\', '/')
                    : committed;
                return new PredictedSnapshot(stage, fresh, committed);
            }).ToList(),
            drifts);
    }

    private IReadOnlyList<StageDrift> Drifts(IReadOnlyCollection<Stage> stages)
    {
        var settings = EnvironmentSettings.Load(layout);
        foreach (var stage in Stage.All.Where(stage => !File.Exists(layout.Snapshot(stage).FullPath)))
        {
            throw new InvalidOperationException($"{Relative(layout.Snapshot(stage))} does not exist: create it with ./build.sh --target=Snapshots --environment={layout.Environment}.");
        }

        var runs = stages
            .Select(stage => (Stage: stage, Run: Task.Run(() => bicep.Snapshot(SnapshotScope.For(stage, settings).Settings(layout, stage, BicepSnapshotMode.Validate)))))
            .ToList();

        var drifts = new List<StageDrift>();
        foreach (var (stage, run) in runs)
        {
            // GetResult rethrows a failure as itself (a missing bicep, say), not as an AggregateException
            var output = run.GetAwaiter().GetResult();
            if (output.Succeeded)
            {
                continue;
            }

            var changes = SnapshotDiff.Parse(output.StandardOutput);
            if (changes.Count == 0)
            {
                throw Failure(stage, output);
            }

            drifts.Add(new StageDrift(stage, changes));
        }

        var missing = OutputContract.MissingFrom(Stage.All.Select(stage => BicepSnapshot.Load(layout, stage)));
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"The snapshots of '{layout.Environment}' declare no output {string.Join(", ", missing)} (build/Infrastructure/OutputNames.cs): declare it in the template that owns it, then run ./build.sh --target=Snapshots.");
        }

        return drifts;
    }

    private static void CopyTree(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

    /// <summary>
    /// Rewrites every snapshot of the environment, all or nothing: bicep writes them, hub first (each stage's
    /// parameters read the snapshots before it), into a copy of bicep/; only when all three are written are they
    /// put in place of the committed ones. A failure part-way leaves the committed snapshots as they were.
    /// </summary>
    public IReadOnlyList<FilePath> Update()
    {
        var settings = EnvironmentSettings.Load(layout);
        var staging = Directory.CreateTempSubdirectory("snapshots-");
        try
        {
            CopyFolder(layout.BicepDirectory.FullPath, System.IO.Path.Combine(staging.FullName, "bicep"));
            var staged = new EnvironmentLayout(new DirectoryPath(staging.FullName), layout.Environment);
            foreach (var stage in Stage.All)
            {
                var snapshot = SnapshotScope.For(stage, settings).Settings(staged, stage, BicepSnapshotMode.Overwrite);
                snapshot.HandleExitCode = _ => true;
                var output = bicep.Snapshot(snapshot);
                if (!output.Succeeded)
                {
                    throw Failure(stage, output, staged);
                }

                SnapshotFile.Normalize(staged.Snapshot(stage).FullPath);
            }

            CommittedFiles.Write(Stage.All.Select(stage => (layout.Snapshot(stage).FullPath, File.ReadAllBytes(staged.Snapshot(stage).FullPath))).ToList());
        }
        finally
        {
            staging.Delete(recursive: true);
        }

        return Stage.All.Select(layout.Snapshot).ToList();
    }

    private static void CopyFolder(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = System.IO.Path.Combine(target, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

    /// <param name="at">Where bicep ran (a staging copy has the same relative paths as the repository).</param>
    private InvalidOperationException Failure(Stage stage, ToolOutput output, EnvironmentLayout? at = null)
    {
        var errors = BicepTextDiagnostics.Parse(output.StandardError, (at ?? layout).Root.FullPath)
            .Where(d => d.Level == BicepDiagnosticLevel.Error)
            .ToList();
        var detail = errors.Count > 0 ? string.Join("; ", errors) : ErrorText.Trim(output.StandardError + "\n" + output.StandardOutput);
        return new InvalidOperationException($"bicep snapshot failed for {Relative(layout.Parameters(stage))}: {detail}");
    }

    private string Relative(FilePath path) => Path.GetRelativePath(layout.Root.FullPath, path.FullPath).Replace('\\', '/');
}
