using Build.Infrastructure;
using Build.Kubernetes;
using Build.Kubernetes.Charts;
using Build.Network;
using Build.Resources.Azure;
using Build.Validation.Policies;
using Build.Validation.Suppressions;
using Cake.Core.IO;

namespace Build.Validation;

/// <summary>
/// Reads an environment's input from the repository: what the templates predict now (the snapshot check's
/// <see cref="Prediction"/>: the committed snapshot of each deployment that has not drifted, bicep's fresh one of each
/// that has, parsed once for resources and outputs alike), the drift, the layer rendered with the charts, and the rest.
/// Without a prediction (the snapshot check did not run) the committed snapshots stand in and drift is not judged.
/// </summary>
public static class ValidationInputLoader
{
    public static ValidationInput Load(DirectoryPath root, string environment, ScaleHeadroom headroom, DateOnly today, ChartRenderer charts, Prediction? prediction = null) =>
        Load(root, environment, headroom, today, prediction, outputs => Render(root.FullPath, environment, outputs, charts));

    /// <param name="layer">The layer rendered with these outputs (a caller that rendered it already hands it over).</param>
    public static ValidationInput Load(DirectoryPath root, string environment, ScaleHeadroom headroom, DateOnly today, Prediction? prediction, Func<StackOutputs, KubernetesLayer> layer)
    {
        var layout = new EnvironmentLayout(root, environment);
        EnvironmentSettings.Load(layout);
        var deployments = prediction is null
            ? Stage.All.Select(stage => PredictedDeployment.Load(layout, stage)).ToList()
            : prediction.Snapshots.Select(snapshot => PredictedDeployment.Parse(snapshot.Stage, snapshot.File, File.ReadAllText(System.IO.Path.Combine(root.FullPath, snapshot.File)))).ToList();
        var outputs = Outputs(deployments);

        // what is read from files comes first: a broken suppression file stops the run before helm starts
        var suppressions = SuppressionFile.Load(root.FullPath);
        var parameters = ParameterFile.Load(root.FullPath, layout.EnvironmentDirectory.FullPath);
        var policy = ClusterPolicy.Load(layout);
        var certificates = CertificateEvidence.Load(root, environment, outputs);
        return new ValidationInput(
            environment,
            AzureResources.From(deployments),
            outputs,
            layer(outputs),
            parameters,
            policy,
            certificates,
            suppressions,
            today,
            headroom,
            prediction is null ? null : new SnapshotVerdict(prediction.Snapshots.Select(snapshot => (snapshot.Stage, snapshot.Committed)).ToList(), prediction.Drifts));
    }

    /// <summary>
    /// Renders the layer as Validate.Kubernetes does, charts included. What does not hold together (file:line and the
    /// problem) becomes a finding and the rules over Azure still run, so one report shows everything.
    /// </summary>
    public static KubernetesLayer Render(string root, string environment, StackOutputs outputs, ChartRenderer charts)
    {
        try
        {
            return new KubernetesLayerRenderer(new KubernetesLayout(root), charts).Assess(environment, outputs);
        }
        catch (KubernetesSourceException failure)
        {
            return new KubernetesLayer(environment, [], [], [], [], []) { Problems = [failure] };
        }
    }

    /// <summary>The three deployments' outputs merged by name, as <see cref="StackOutputs.FromSnapshots"/> reads them.</summary>
    public static StackOutputs Outputs(IEnumerable<PredictedDeployment> deployments)
    {
        var merged = new Dictionary<string, System.Text.Json.Nodes.JsonNode?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in deployments.SelectMany(deployment => deployment.Outputs))
        {
            merged[name] = value?.DeepClone();
        }

        return new StackOutputs(merged, offline: true);
    }
}
