namespace Build.Tools.Az;

/// <summary><c>az tag update --operation Merge</c>: records state on a resource without touching its other tags.</summary>
public sealed class AzTagUpdateSettings : AzSettings
{
    public required string ResourceId { get; set; }

    public IDictionary<string, string> Tags { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal);
}
