using Build.Caching;
using Build.Infrastructure;
using Build.Kubernetes.Charts;
using Build.Network;
using Build.Validation;
using Cake.Core.Diagnostics;

namespace Build.Tasks.Validation;

/// <summary>What the validation tasks judge: the prediction Validate.Snapshots made from the current Bicep inputs (if it did), and the layer rendered with the charts.</summary>
internal static class ValidationSources
{
    /// <summary>The check whose inputs the prediction was made from (and whose green-run record it shares).</summary>
    public const string PredictionCheck = "Validate.Snapshots";

    public static Prediction? Prediction(BuildContext context) =>
        PredictionFile.Read(PredictionFile.PathFor(context.Root.FullPath, context.EnvironmentName), BicepInputs.Fingerprint(context, PredictionCheck));

    public static ValidationInput Load(BuildContext context, ScaleHeadroom headroom)
    {
        var prediction = Prediction(context);
        if (prediction is null)
        {
            context.Log.Warning($"The templates' prediction for the current Bicep inputs is not at hand (Validate.Snapshots makes it): the rules read the committed snapshots, and drift is not judged.");
        }

        return ValidationInputLoader.Load(context.Root, context.EnvironmentName, headroom, ValidationDate.Today, ChartRenderer.For(context, context.Root.FullPath), prediction);
    }
}
