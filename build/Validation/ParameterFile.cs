namespace Build.Validation;

/// <summary>A <c>.bicepparam</c> file of the environment, as text: what a secret written into it would look like.</summary>
public sealed record ParameterFile(string File, IReadOnlyList<string> Lines)
{
    public static IReadOnlyList<ParameterFile> Load(string root, string directory) =>
        Directory.Exists(directory)
            ? Directory.GetFiles(directory, "*.bicepparam").Order(StringComparer.Ordinal)
                .Select(path => new ParameterFile(Path.GetRelativePath(root, path).Replace('\\', '/'), System.IO.File.ReadAllLines(path)))
                .ToList()
            : [];
}
