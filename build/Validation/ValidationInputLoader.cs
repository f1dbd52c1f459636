using Build.Infrastructure;
using Build.Kubernetes;
using Build.Network;
using Build.Resources.Azure;
using Build.Validation.Suppressions;
using Cake.Core.IO;

namespace Build.Validation;

/// <summary>Reads an environment's input from the repository: the committed snapshots (parsed once, for resources and outputs alike), the rendered layer, and the rest.</summary>
public static class ValidationInputLoader
{
    public static ValidationInput Load(DirectoryPath root, string environment, ScaleHeadroom headroom, DateOnly today)
    {
        var layout = new EnvironmentLayout(root, environment);
        EnvironmentSettings.Load(layout);
        var deployments = Stage.All.Select(stage => PredictedDeployment.Load(layout, stage)).ToList();
        var outputs = Outputs(deployments);
        var (layer, failure) = Render(root.FullPath, environment, outputs);
        return new ValidationInput(
            environment,
            AzureResources.From(deployments),
            outputs,
            layer,
            ParameterFile.Load(root.FullPath, layout.EnvironmentDirectory.FullPath),
            CertificateEvidence.Load(root, environment, outputs),
            SuppressionFile.Load(root.FullPath),
            today,
            headroom,
            layerFailure: failure);
    }

    /// <summary>
    /// Renders the layer as Validate.Kubernetes does. When it does not hold together the failure (file:line and
    /// the problem) becomes a finding and the rules over Azure still run, so one report shows everything.
    /// </summary>
    public static (KubernetesLayer Layer, KubernetesSourceException? Failure) Render(string root, string environment, StackOutputs outputs)
    {
        try
        {
            return (new KubernetesLayerRenderer(new KubernetesLayout(root)).Render(environment, outputs), null);
        }
        catch (KubernetesSourceException failure)
        {
            return (new KubernetesLayer(environment, [], [], [], [], []), failure);
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
