namespace Build.Resources;

/// <summary>
/// Where a finding points: a file and line when the source is a file (a manifest, a values file, a snapshot),
/// and always the logical name of what was checked (an ARM resource id, a Kubernetes object reference).
/// </summary>
/// <param name="File">Relative to the repository root, forward slashes; null for an object built in memory.</param>
/// <param name="LogicalKind">SARIF's logical location kind: <c>resource</c> for ARM, <c>object</c> for Kubernetes.</param>
public sealed record SourceLocation(string? File, int? Line, string LogicalName, string LogicalKind)
{
    public SourceLocation AtLine(int line) => this with { Line = line };

    public override string ToString() => File is null ? LogicalName : Line is { } line ? $"{File}:{line}" : File;
}
