namespace Build.Resources.Workloads;

/// <summary>
/// A rendered YAML file (line numbers are the source's), to point a finding at the line of the setting it names
/// rather than at the start of the object: each segment of the setting's path is looked for after the previous
/// one, within the object's document; a list item is named by its <c>name</c> (<c>containers[aspnetapp]</c>).
/// When a segment is missing the finding points at the deepest segment found, where the setting belongs.
/// </summary>
public sealed class SourceText(string file, IReadOnlyList<string> lines)
{
    public string File { get; } = file;

    public static SourceText Of(string file, string text) => new(file, text.Split('\n'));

    /// <summary>The 1-based line of <paramref name="setting"/> (a dotted path) in the document starting at <paramref name="startLine"/>.</summary>
    public int LineOf(int startLine, string setting)
    {
        var found = startLine;
        var index = startLine - 1;
        foreach (var segment in Segments(setting))
        {
            var next = Find(index, segment);
            if (next < 0)
            {
                break;
            }

            found = next + 1;
            index = next + 1;
        }

        return found;
    }

    private int Find(int from, string segment)
    {
        for (var index = from; index < lines.Count; index++)
        {
            var line = lines[index];
            if (index > from && line.StartsWith("---", StringComparison.Ordinal))
            {
                return -1;
            }

            var content = line.TrimStart();
            if (content.StartsWith("- ", StringComparison.Ordinal))
            {
                content = content[2..].TrimStart();
            }

            if (segment.StartsWith('['))
            {
                var name = segment[1..^1];
                if (content == $"name: {name}" || content == $"name: \"{name}\"")
                {
                    return index;
                }
            }
            else if (content.StartsWith(segment + ":", StringComparison.Ordinal) || content.StartsWith($"\"{segment}\":", StringComparison.Ordinal))
            {
                return index;
            }
        }

        return -1;
    }

    private static IEnumerable<string> Segments(string setting)
    {
        foreach (var part in setting.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            if (bracket < 0)
            {
                yield return part;
                continue;
            }

            if (bracket > 0)
            {
                yield return part[..bracket];
            }

            yield return part[bracket..];
        }
    }
}
