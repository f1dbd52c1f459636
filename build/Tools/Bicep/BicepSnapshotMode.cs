namespace Build.Tools.Bicep;

public enum BicepSnapshotMode
{
    /// <summary>Writes (or rewrites) the snapshot next to the parameters file.</summary>
    Overwrite,

    /// <summary>Fails when the predicted resources differ from the committed snapshot.</summary>
    Validate,
}
