namespace Build.Documentation;

/// <summary>
/// Generated parts of README.md live between <c>&lt;!-- name:start --&gt;</c> and <c>&lt;!-- name:end --&gt;</c>
/// markers; the Graph target rewrites them and a test checks they are current.
/// </summary>
public static class ReadmeSections
{
    public static string? Read(string readme, string name)
    {
        var (start, end) = Markers(name);
        var from = readme.IndexOf(start, StringComparison.Ordinal);
        var to = readme.IndexOf(end, StringComparison.Ordinal);
        return from < 0 || to < from ? null : readme[(from + start.Length)..to].Trim('\n');
    }

    public static string Replace(string readme, string name, string content)
    {
        var (start, end) = Markers(name);
        var from = readme.IndexOf(start, StringComparison.Ordinal);
        var to = readme.IndexOf(end, StringComparison.Ordinal);
        if (from < 0 || to < from)
        {
            throw new InvalidOperationException($"README.md has no '{start}' … '{end}' section to update.");
        }

        return readme[..(from + start.Length)] + "\n" + content.Trim('\n') + "\n" + readme[to..];
    }

    private static (string Start, string End) Markers(string name) => ($"<!-- {name}:start -->", $"<!-- {name}:end -->");
}
