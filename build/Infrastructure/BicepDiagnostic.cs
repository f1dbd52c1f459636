namespace Build.Infrastructure;

/// <summary>One finding of the bicep compiler or linter, located in a file of the repository.</summary>
/// <param name="File">The file, relative to the repository root when it lies inside it.</param>
public sealed record BicepDiagnostic(BicepDiagnosticLevel Level, string RuleId, string Message, string File, int Line, int Column)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Level.ToString().ToLowerInvariant()} {RuleId}: {Message}";
}
