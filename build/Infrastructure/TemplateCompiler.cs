using System.Text.RegularExpressions;
using Build.Tools.Bicep;
using Cake.Core.IO;

namespace Build.Infrastructure;

/// <summary>
/// Compiles the three deployments (<c>bicep/*.bicep</c>; modules and shared imports are compiled
/// into them) to ARM JSON in one bicep process.
/// </summary>
public sealed partial class TemplateCompiler(BicepRunner bicep)
{
    public static string Pattern(DirectoryPath bicepDirectory) => $"{bicepDirectory.FullPath}/*.bicep";

    /// <returns>The compiled templates and bicep's findings (warnings; errors throw).</returns>
    public CompiledTemplates Build(DirectoryPath root, DirectoryPath outputDirectory)
    {
        Directory.CreateDirectory(outputDirectory.FullPath);
        var output = bicep.Build(new BicepBuildSettings
        {
            Pattern = Pattern(root.Combine("bicep")),
            OutputDirectory = outputDirectory,
            HandleExitCode = _ => true,
        });
        var diagnostics = ParseDiagnostics(output.StandardError, root.FullPath);
        if (!output.Succeeded)
        {
            var errors = diagnostics.Where(d => d.Level == BicepDiagnosticLevel.Error).ToList();
            throw new InvalidOperationException(errors.Count > 0
                ? $"bicep build failed: {string.Join("; ", errors)}"
                : $"bicep build failed (exit code {output.ExitCode}): {Tools.ErrorText.Trim(output.StandardError)}");
        }

        var templates = Stage.All.Select(stage => outputDirectory.CombineWithFilePath($"{stage.Name}.json")).ToList();
        var missing = templates.Where(t => !File.Exists(t.FullPath)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"bicep build wrote no {string.Join(", ", missing.Select(m => m.GetFilename()))}: is bicep/{missing[0].GetFilenameWithoutExtension()}.bicep missing?");
        }

        return new CompiledTemplates(templates, diagnostics);
    }

    /// <summary>Reads bicep's plain-text diagnostics: <c>path(line,column) : Level code: message [link]</c>.</summary>
    public static IReadOnlyList<BicepDiagnostic> ParseDiagnostics(string text, string root) =>
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
                int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(match.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();

    private static string Relative(string path, string root)
    {
        var relative = System.IO.Path.GetRelativePath(root, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative.Replace('\\', '/');
    }

    [GeneratedRegex(@"^(?<path>.+)\((?<line>\d+),(?<column>\d+)\) : (?<level>Error|Warning|Info|Note) (?<code>[^:\s]+): (?<message>.*?)(?: \[https?://[^\]]+\])?$")]
    private static partial Regex DiagnosticLine();
}
