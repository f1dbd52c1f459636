namespace Build.Tools.Az;

/// <summary><c>az tag update</c>: records (Merge) or removes (Delete) state on a resource without touching its other tags.</summary>
public sealed class AzTagUpdateSettings : AzSettings
{
    public required string ResourceId { get; set; }

    /// <summary>Merge adds or updates the tags given; Delete removes them.</summary>
    public AzTagOperation Operation { get; set; } = AzTagOperation.Merge;

    public IDictionary<string, string> Tags { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal);
}

public enum AzTagOperation
{
    Merge,
    Delete,
}
