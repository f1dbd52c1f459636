using Build.Tools.Bicep;

namespace Build.Infrastructure;

/// <summary>One finding of the bicep compiler or linter, located in a file of the repository.</summary>
/// <param name="File">The file, relative to the repository root when it lies inside it.</param>
/// <param name="Line">1-based, as editors count.</param>
/// <param name="Column">1-based.</param>
public sealed record BicepDiagnostic(BicepDiagnosticLevel Level, string RuleId, string Message, string File, int Line, int Column)
{
    public static BicepDiagnostic From(BicepRpcDiagnostic diagnostic, string root) =>
        new(LevelOf(diagnostic.Level), diagnostic.Code, diagnostic.Message, Relative(diagnostic.Source, root), diagnostic.Range.Start.Line + 1, diagnostic.Range.Start.Char + 1);

    /// <summary>The compiler's level names (Bicep's DiagnosticLevel: Off, Info, Warning, Error).</summary>
    public static BicepDiagnosticLevel LevelOf(string level) => level switch
    {
        "Error" => BicepDiagnosticLevel.Error,
        "Warning" => BicepDiagnosticLevel.Warning,
        _ => BicepDiagnosticLevel.Note,
    };

    public override string ToString() => $"{File}:{Line}:{Column}: {Level.ToString().ToLowerInvariant()} {RuleId}: {Message}";

    private static string Relative(string path, string root)
    {
        var relative = Path.GetRelativePath(root, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative.Replace('\\', '/');
    }
}
