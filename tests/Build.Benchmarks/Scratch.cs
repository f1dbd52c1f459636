namespace Build.Benchmarks;

/// <summary>
/// A copy of the repository's inputs (bicep/, helm/, manifests/, the suppressions) that the benchmarks edit and
/// validate with <c>./build.sh --working</c>, so a benchmark never touches the working tree. The tool cache (helm,
/// the chart archives) is the repository's own.
/// </summary>
public sealed class Scratch : IDisposable
{
    private Scratch(string directory) => Directory = directory;

    public string Directory { get; }

    public static Scratch Of(string root)
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("benchmark-").FullName;
        foreach (var folder in new[] { "bicep", "helm", "manifests" })
        {
            var source = Path.Combine(root, folder);
            foreach (var file in System.IO.Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(directory, folder, Path.GetRelativePath(source, file));
                System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        foreach (var file in new[] { "validation.suppressions.json" }.Where(file => File.Exists(Path.Combine(root, file))))
        {
            File.Copy(Path.Combine(root, file), Path.Combine(directory, file));
        }

        if (System.IO.Directory.Exists(Path.Combine(root, ".tools")))
        {
            System.IO.Directory.CreateSymbolicLink(Path.Combine(directory, ".tools"), Path.Combine(root, ".tools"));
        }

        return new Scratch(directory);
    }

    /// <summary>A comment-only edit of a template: a line no earlier edit wrote, so the template is changed every time.</summary>
    public void CommentOn(string template, int edit) =>
        File.AppendAllText(Path.Combine(Directory, "bicep", template), $"\n// benchmark edit {edit}: a comment changes no resource\n");

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
