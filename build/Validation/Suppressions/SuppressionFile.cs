using System.Text.Json;
using System.Text.Json.Serialization;

namespace Build.Validation.Suppressions;

/// <summary>
/// <c>validation.suppressions.json</c> at the repository root: the only place a finding can be suppressed.
/// Every entry needs a rule, a target, a reason and an expiry date; a file that says less is refused.
/// </summary>
public static class SuppressionFile
{
    public const string FileName = "validation.suppressions.json";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static IReadOnlyList<Suppression> Load(string root)
    {
        var path = Path.Combine(root, FileName);
        return File.Exists(path) ? Parse(File.ReadAllText(path)) : [];
    }

    public static IReadOnlyList<Suppression> Parse(string json)
    {
        Contents? contents;
        try
        {
            contents = JsonSerializer.Deserialize<Contents>(json, Options);
        }
        catch (JsonException exception)
        {
            throw new InvalidOperationException($"{FileName} is not valid: {exception.Message}");
        }

        var entries = contents?.Suppressions ?? [];
        for (var index = 0; index < entries.Count; index++)
        {
            var entry = entries[index];
            var missing = new[] { ("rule", entry.Rule), ("target", entry.Target), ("reason", entry.Reason) }
                .Where(field => string.IsNullOrWhiteSpace(field.Item2))
                .Select(field => field.Item1)
                .ToList();
            if (entry.Expires == default)
            {
                missing.Add("expires");
            }

            if (missing.Count > 0)
            {
                throw new InvalidOperationException($"{FileName}: suppression {index + 1} has no {string.Join(", ", missing)}; every suppression names a rule, a target, a reason and an expiry date (yyyy-MM-dd).");
            }
        }

        return entries;
    }

    private sealed record Contents([property: JsonPropertyName("suppressions")] List<Suppression>? Suppressions);
}
