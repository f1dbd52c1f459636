using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Build.Caching;
using Build.Tools.Bicep;

namespace Build.Infrastructure;

/// <summary>
/// Validate.Snapshots' work: what the environment's templates predict now. A deployment is predicted again only when
/// a file its parameters read (its template, modules, environment.json, the snapshots of the stages before it) or its
/// committed snapshot changed since its last green run; otherwise its last result stands, and the fresh snapshot it
/// wrote if it drifted.
/// </summary>
public sealed class SnapshotCheck(EnvironmentLayout layout, BicepEntryCache cache, string directory)
{
    public const string Name = "Validate.Snapshots";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>
    /// The deployments whose last result stands, with what they predicted; the fresh snapshot of one that drifted is
    /// written again from its record if it is missing (a fresh agent restores only the records).
    /// </summary>
    public IReadOnlyDictionary<Stage, IReadOnlyList<ResourceChange>> Standing()
    {
        var standing = new Dictionary<Stage, IReadOnlyList<ResourceChange>>();
        foreach (var stage in Stage.All)
        {
            if (cache.Fresh(layout.Parameters(stage).FullPath)?.Result?.Deserialize<StageRecord>(Json) is not { } record)
            {
                continue;
            }

            var fresh = Path.Combine(layout.Root.FullPath, PredictionFiles.Fresh(layout, directory, stage));
            if (record.Changes.Count > 0 && !File.Exists(fresh) && record.Fresh is not null)
            {
                PredictionFiles.Keep([new StagePrediction(stage, record.Changes, record.Fresh)], layout, directory);
            }

            if (record.Changes.Count == 0 || File.Exists(fresh))
            {
                standing[stage] = record.Changes;
            }
        }

        return standing;
    }

    /// <summary>The prediction, when every deployment's last result stands (no bicep needed), else null.</summary>
    public Prediction? Cached()
    {
        var standing = Standing();
        return standing.Count == Stage.All.Count ? PredictionFiles.Of(Stage.All.Select(stage => (stage, standing[stage])).ToList(), layout, directory) : null;
    }

    /// <summary>After the snapshots were rewritten from the templates: each deployment predicts exactly its snapshot now.</summary>
    public async Task RecordAccepted(BicepWorkspace bicep)
    {
        foreach (var stage in Stage.All)
        {
            await cache.Record(layout.Parameters(stage).FullPath, [], JsonSerializer.SerializeToNode(new StageRecord([], null), Json), bicep, layout.Snapshot(stage).FullPath);
        }
    }

    /// <summary>Predicts the deployments whose inputs changed (side by side) and keeps what they predict.</summary>
    /// <param name="standing">What <see cref="Standing"/> said, taken before the run decided what to predict.</param>
    public async Task<Prediction> Run(IReadOnlyDictionary<Stage, IReadOnlyList<ResourceChange>> standing, BicepWorkspace bicep)
    {
        var snapshots = new EnvironmentSnapshots(bicep, layout);
        snapshots.CheckOutputContract();
        var predicted = await Task.WhenAll(Stage.All.Where(stage => !standing.ContainsKey(stage)).Select(snapshots.Predict));
        PredictionFiles.Keep(predicted, layout, directory);
        foreach (var stage in predicted)
        {
            await cache.Record(
                layout.Parameters(stage.Stage).FullPath,
                [],
                JsonSerializer.SerializeToNode(new StageRecord(stage.Changes, stage.Fresh), Json),
                bicep,
                layout.Snapshot(stage.Stage).FullPath);
        }

        var all = standing.Concat(predicted.Select(stage => KeyValuePair.Create(stage.Stage, stage.Changes))).ToDictionary();
        return PredictionFiles.Of(Stage.All.Select(stage => (stage, all[stage])).ToList(), layout, directory);
    }
}

/// <summary>What Validate.Snapshots keeps of one deployment's prediction: the changes, and the fresh snapshot when there are some.</summary>
internal sealed record StageRecord(IReadOnlyList<ResourceChange> Changes, string? Fresh);
