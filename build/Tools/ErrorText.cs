namespace Build.Tools;

/// <summary>Trims a tool's error output to the lines that say what went wrong.</summary>
public static class ErrorText
{
    private const int MaxLength = 600;

    public static string Trim(string errorOutput)
    {
        var lines = errorOutput
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => !line.StartsWith("WARNING:", StringComparison.OrdinalIgnoreCase))
            .ToList();

        // az and helm put the useful line first ("ERROR: ..."/"Error: ..."); keep a little context after it.
        var first = lines.FindIndex(line => line.StartsWith("error", StringComparison.OrdinalIgnoreCase));
        var kept = (first >= 0 ? lines.Skip(first) : lines).Take(4);
        var text = string.Join(" ", kept);
        return text.Length <= MaxLength ? text : text[..MaxLength] + "…";
    }
}
