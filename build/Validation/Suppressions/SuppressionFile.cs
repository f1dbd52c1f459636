using System.Text.Json;
using System.Text.Json.Serialization;
using Build.Files;

namespace Build.Validation.Suppressions;

/// <summary>
/// <c>validation.suppressions.json</c> at the repository root: the only place a finding can be suppressed.
/// Every entry needs a rule, a target, a reason and an expiry date; a file that says less, or is not JSON, is
/// refused with its line and key.
/// </summary>
public static class SuppressionFile
{
    public const string FileName = "validation.suppressions.json";

    private const string Shape = "every suppression names a rule, a target, a reason and an expiry date (yyyy-MM-dd)";

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
        var input = JsonInput.Parse(FileName, json, lenient: true);
        Contents? contents;
        try
        {
            contents = input.Root.Deserialize<Contents>(Options);
        }
        catch (JsonException exception)
        {
            var key = (exception.Path ?? "$").TrimStart('$').TrimStart('.');
            throw input.Problem(key, Problem(exception, key, input.Get(key)), Shape);
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
                throw input.Problem($"suppressions[{index}]", $"suppression {index + 1} has no {string.Join(", ", missing)}", Shape);
            }
        }

        return entries;
    }

    private static string Problem(JsonException exception, string key, System.Text.Json.Nodes.JsonNode? value) =>
        exception.Message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal)
            ? "is not a key a suppression has (rule, target, reason, expires)"
        : key.EndsWith(".expires", StringComparison.Ordinal)
            ? $"{value?.ToJsonString() ?? "null"} is not a date (yyyy-MM-dd)"
        : $"is {JsonInput.Kind(value)}, which a suppression file does not hold here";

    private sealed record Contents([property: JsonPropertyName("suppressions")] List<Suppression>? Suppressions);
}
