using System.Text.RegularExpressions;

namespace Build.Infrastructure;

/// <summary>
/// Reads the diff <c>bicep snapshot --mode validate</c> prints on drift: per scope, one line per
/// resource (two spaces, a symbol, <c>&lt;type&gt;/&lt;name&gt;</c>) followed, for a modified resource,
/// by its changed properties (four spaces, a symbol, the property path, a colon). bicep colours the
/// text with ANSI escapes even when redirected; they are stripped first.
/// </summary>
public static partial class SnapshotDiff
{
    public static IReadOnlyList<ResourceChange> Parse(string output)
    {
        var changes = new List<(ResourceChangeKind Kind, string Scope, string Resource, List<string> Properties)>();
        var scope = string.Empty;
        foreach (var rawLine in Ansi().Replace(output, string.Empty).Split('\n'))
        {
            var line = rawLine.TrimEnd('\r', ' ');
            if (line.StartsWith("Scope: ", StringComparison.Ordinal))
            {
                scope = line["Scope: ".Length..].Trim();
            }
            else if (ResourceLine().Match(line) is { Success: true } resource)
            {
                changes.Add((Kind(resource.Groups["symbol"].Value[0]), scope, resource.Groups["resource"].Value, []));
            }
            else if (PropertyLine().Match(line) is { Success: true } property && changes.Count > 0 && changes[^1].Kind == ResourceChangeKind.Modified)
            {
                changes[^1].Properties.Add(property.Groups["path"].Value);
            }
        }

        return changes.Select(c => new ResourceChange(c.Kind, c.Scope, c.Resource, c.Properties)).ToList();
    }

    private static ResourceChangeKind Kind(char symbol) => symbol switch
    {
        '+' => ResourceChangeKind.Added,
        '-' => ResourceChangeKind.Removed,
        _ => ResourceChangeKind.Modified,
    };

    [GeneratedRegex(@"\x1B\[[0-9;]*[A-Za-z]")]
    private static partial Regex Ansi();

    [GeneratedRegex(@"^  (?<symbol>[-+~!*=x]) (?<resource>[A-Za-z0-9.]+/\S.*)$")]
    private static partial Regex ResourceLine();

    [GeneratedRegex(@"^    (?<symbol>[-+~]) (?<path>[^:\s][^:]*):")]
    private static partial Regex PropertyLine();
}
