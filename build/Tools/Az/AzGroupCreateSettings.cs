namespace Build.Tools.Az;

/// <summary><c>az group create</c> (idempotent: an existing group is updated).</summary>
public sealed class AzGroupCreateSettings : AzSettings
{
    public required string Name { get; set; }

    public required string Location { get; set; }

    public IDictionary<string, string> Tags { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal);
}
