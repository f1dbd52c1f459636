namespace Build.Kubernetes;

/// <summary>
/// Something wrong in a file under helm/ or manifests/ (or in what it renders to), reported as one
/// line a user can jump to: <c>path:line: problem</c>. Rendering keeps line numbers, so the line is
/// the source file's line too.
/// </summary>
public sealed class KubernetesSourceException(string file, int line, string problem)
    : Exception($"{file}:{line}: {problem}")
{
    /// <summary>The path relative to the repository root, with forward slashes.</summary>
    public string File { get; } = file;

    public int Line { get; } = line;

    public string Problem { get; } = problem;
}
