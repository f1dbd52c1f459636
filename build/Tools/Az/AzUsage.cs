using System.Text.Json.Serialization;

namespace Build.Tools.Az;

/// <summary>One quota line of <c>az vm list-usage</c> (the CLI prints the numbers as strings).</summary>
public sealed record AzUsage(
    AzUsageName Name,
    [property: JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)] long CurrentValue,
    [property: JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)] long Limit);

public sealed record AzUsageName(string Value, string? LocalizedValue);
