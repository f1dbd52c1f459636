using Build.Files;
using Build.Tools;
using Build.Tools.Bicep;
using Cake.Core.IO;

namespace Build.Infrastructure;

/// <summary>
/// The committed snapshots of one environment against what its templates predict now, asked of the run's bicep
/// compiler (<c>bicep/getSnapshot</c>: what <c>bicep snapshot</c> writes). Each stage's parameters read the committed
/// snapshots of the stages before it: checking reads them as committed, so the three are predicted side by side;
/// regenerating goes in deployment order through a staging copy.
/// </summary>
public sealed class EnvironmentSnapshots(BicepWorkspace bicep, EnvironmentLayout layout)
{
    /// <summary>One deployment as the templates predict it now, and how that differs from its committed snapshot.</summary>
    public async Task<StagePrediction> Predict(Stage stage)
    {
        // environment.json's problems (an unknown environment, say) are reported as themselves first
        EnvironmentSettings.Load(layout);
        var committed = layout.Snapshot(stage).FullPath;
        if (!File.Exists(committed))
        {
            throw new InvalidOperationException($"{Relative(layout.Snapshot(stage))} does not exist: create it with ./build.sh --target=Snapshots --environment={layout.Environment}.");
        }

        var fresh = await Fresh(stage, layout);
        var changes = SnapshotComparison.Changes(
            SnapshotFile.Parse(await File.ReadAllTextAsync(committed), Relative(layout.Snapshot(stage))),
            SnapshotFile.Parse(fresh, $"bicep's snapshot of {Relative(layout.Parameters(stage))}"));
        return new StagePrediction(stage, changes, changes.Count > 0 ? fresh : null);
    }

    /// <summary>The three deployments predicted side by side; each that drifted is written under <paramref name="directory"/>.</summary>
    public async Task<Prediction> Predict(string directory)
    {
        CheckOutputContract();
        var stages = await Task.WhenAll(Stage.All.Select(Predict));
        PredictionFiles.Keep(stages, layout, directory);
        return PredictionFiles.Of(stages.Select(stage => (stage.Stage, stage.Changes)).ToList(), layout, directory);
    }

    /// <summary>Fails with every drifted resource.</summary>
    public async Task Validate()
    {
        var drifts = (await Task.WhenAll(Stage.All.Select(Predict))).Where(stage => stage.Drifted).Select(stage => stage.Drift).ToList();
        if (drifts.Count > 0)
        {
            throw new SnapshotDriftException(layout.Environment, drifts);
        }
    }

    /// <summary>Fails when a committed snapshot lacks an output the later stages or the layer read.</summary>
    public void CheckOutputContract()
    {
        var missing = OutputContract.MissingFrom(Stage.All.Where(stage => File.Exists(layout.Snapshot(stage).FullPath)).Select(stage => BicepSnapshot.Load(layout, stage)));
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"The snapshots of '{layout.Environment}' declare no output {string.Join(", ", missing)} (build/Infrastructure/OutputNames.cs): declare it in the template that owns it, then run ./build.sh --target=Snapshots.");
        }
    }

    /// <summary>
    /// Rewrites every snapshot of the environment, all or nothing: hub first (each stage's parameters read the
    /// snapshots before it), each written into a copy of bicep/; only when all three are written are they put in
    /// place of the committed ones. A failure part-way leaves the committed snapshots as they were.
    /// </summary>
    public async Task<IReadOnlyList<FilePath>> Update()
    {
        var staging = Directory.CreateTempSubdirectory("snapshots-");
        try
        {
            CopyFolder(layout.BicepDirectory.FullPath, System.IO.Path.Combine(staging.FullName, "bicep"));
            var staged = new EnvironmentLayout(new DirectoryPath(staging.FullName), layout.Environment);
            foreach (var stage in Stage.All)
            {
                await File.WriteAllTextAsync(staged.Snapshot(stage).FullPath, await Fresh(stage, staged));
            }

            CommittedFiles.Write(Stage.All.Select(stage => (layout.Snapshot(stage).FullPath, File.ReadAllBytes(staged.Snapshot(stage).FullPath))).ToList());
        }
        finally
        {
            staging.Delete(recursive: true);
        }

        return Stage.All.Select(layout.Snapshot).ToList();
    }

    /// <summary>The snapshot bicep predicts for the stage's parameters at <paramref name="at"/>, as the repository commits it.</summary>
    private async Task<string> Fresh(Stage stage, EnvironmentLayout at)
    {
        var parameters = at.Parameters(stage).FullPath;
        var compilation = await bicep.Compile(parameters);
        var errors = compilation.Diagnostics
            .Select(diagnostic => BicepDiagnostic.From(diagnostic, at.Root.FullPath))
            .Where(diagnostic => diagnostic.Level == BicepDiagnosticLevel.Error)
            .ToList();
        if (errors.Count > 0 || !compilation.Success)
        {
            throw Failure(stage, errors.Count > 0 ? string.Join("; ", errors) : "bicep could not compile it");
        }

        try
        {
            var scope = SnapshotScope.For(stage, EnvironmentSettings.Load(layout));
            return SnapshotFile.Normalized(await bicep.Server.Snapshot(parameters, scope.Metadata), $"bicep's snapshot of {Relative(layout.Parameters(stage))}");
        }
        catch (ToolFailedException failure) when (failure.ExitCode != -1)
        {
            // bicep's own words (a template the deployment engine refuses to expand, say); a dead compiler says so itself
            throw Failure(stage, failure.Detail);
        }
    }

    private InvalidOperationException Failure(Stage stage, string detail) =>
        new($"bicep snapshot failed for {Relative(layout.Parameters(stage))}: {detail}");

    private static void CopyFolder(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = System.IO.Path.Combine(target, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

    private string Relative(FilePath path) => System.IO.Path.GetRelativePath(layout.Root.FullPath, path.FullPath).Replace('\\', '/');
}
