using System.Globalization;
using System.Text.RegularExpressions;

namespace Build.Infrastructure;

/// <summary>Reads the bicep CLI's plain-text diagnostics: <c>path(line,column) : Level code: message [link]</c>.</summary>
public static partial class BicepTextDiagnostics
{
    public static IReadOnlyList<BicepDiagnostic> Parse(string text, string root) =>
        text.Split('\n')
            .Select(line => DiagnosticLine().Match(line.TrimEnd('\r')))
            .Where(match => match.Success)
            .Select(match => new BicepDiagnostic(
                match.Groups["level"].Value switch
                {
                    "Error" => BicepDiagnosticLevel.Error,
                    "Warning" => BicepDiagnosticLevel.Warning,
                    _ => BicepDiagnosticLevel.Note,
                },
                match.Groups["code"].Value,
                match.Groups["message"].Value.Trim(),
                Relative(match.Groups["path"].Value, root),
                int.Parse(match.Groups["line"].Value, CultureInfo.InvariantCulture),
                int.Parse(match.Groups["column"].Value, CultureInfo.InvariantCulture)))
            .ToList();

    private static string Relative(string path, string root)
    {
        var relative = Path.GetRelativePath(root, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative.Replace('\\', '/');
    }

    [GeneratedRegex(@"^(?<path>.+)\((?<line>\d+),(?<column>\d+)\) : (?<level>Error|Warning|Info|Note) (?<code>[^:\s]+): (?<message>.*?)(?: \[https?://[^\]]+\])?$")]
    private static partial Regex DiagnosticLine();
}
