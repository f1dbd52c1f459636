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
    /// <summary>Validate.Snapshots' check, over its green-run records and artifacts/predicted/&lt;env&gt;/.</summary>
    public static SnapshotCheck SnapshotCheck(BuildContext context) => new(
        new EnvironmentLayout(context.Root, context.EnvironmentName),
        BicepEntryCache.For(context, global::Build.Infrastructure.SnapshotCheck.Name),
        PredictionFiles.Directory(context.Root.FullPath, context.EnvironmentName));

    /// <summary>The same check for recording only (after the snapshots were rewritten), whatever --no-cache says.</summary>
    public static SnapshotCheck SnapshotRecords(BuildContext context) => new(
        new EnvironmentLayout(context.Root, context.EnvironmentName),
        BicepEntryCache.Recorder(context, global::Build.Infrastructure.SnapshotCheck.Name),
        PredictionFiles.Directory(context.Root.FullPath, context.EnvironmentName));

    /// <summary>The input of a target that judges the environment outside the gate (IpPlan): the prediction if the last snapshot check stands.</summary>
    public static ValidationInput Load(BuildContext context, ScaleHeadroom headroom)
    {
        var prediction = SnapshotCheck(context).Cached();
        WarnWithout(context, prediction);
        return ValidationInputLoader.Load(context.Root, context.EnvironmentName, headroom, ValidationDate.Today, ChartRenderer.For(context), prediction);
    }

    public static void WarnWithout(BuildContext context, Prediction? prediction)
    {
        if (prediction is null)
        {
            context.Log.Warning("The templates' prediction for the current Bicep inputs is not at hand (Validate.Snapshots makes it): the rules read the committed snapshots, and drift is not judged.");
        }
    }
}
