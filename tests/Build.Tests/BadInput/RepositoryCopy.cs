using Build.Hosting;

namespace Build.Tests.BadInput;

/// <summary>
/// A scratch copy of what the suite reads and writes in a repository (bicep/, helm/, manifests/, the suppressions
/// file, README.md, rules.md), to break one file in and to tell whether a run changed any of them.
/// </summary>
internal sealed class RepositoryCopy : IDisposable
{
    private static readonly string[] Copied = ["bicep", "helm", "manifests", "validation.suppressions.json", "README.md", "build/Validation/rules.md"];

    private readonly Dictionary<string, byte[]?> _originals = new(StringComparer.Ordinal);

    public RepositoryCopy()
    {
        Root = Directory.CreateTempSubdirectory("bad-input-").FullName;
        var repository = RepositoryRoot.Locate();
        foreach (var item in Copied)
        {
            var source = Path.Combine(repository, item);
            var files = File.Exists(source) ? [source] : Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories);
            foreach (var file in files)
            {
                var target = Path.Combine(Root, Path.GetRelativePath(repository, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
    }

    public string Root { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    /// <summary>Changes a file for one case; <see cref="Restore"/> puts it back.</summary>
    public void Write(string relative, string text)
    {
        var path = PathOf(relative);
        _originals.TryAdd(relative, File.Exists(path) ? File.ReadAllBytes(path) : null);
        File.WriteAllText(path, text);
    }

    public void Replace(string relative, string find, string replacement)
    {
        var text = Read(relative);
        Assert.That(text, Does.Contain(find), $"the case's change does not apply to {relative}");
        Write(relative, text.Replace(find, replacement, StringComparison.Ordinal));
    }

    public void Delete(string relative)
    {
        _originals.TryAdd(relative, File.ReadAllBytes(PathOf(relative)));
        File.Delete(PathOf(relative));
    }

    public void Restore()
    {
        foreach (var (relative, bytes) in _originals)
        {
            if (bytes is null)
            {
                File.Delete(PathOf(relative));
            }
            else
            {
                File.WriteAllBytes(PathOf(relative), bytes);
            }
        }

        _originals.Clear();
        var artifacts = PathOf("artifacts");
        if (Directory.Exists(artifacts))
        {
            Directory.Delete(artifacts, recursive: true);
        }
    }

    /// <summary>Every file a run could wrongly change (all but artifacts/), with its bytes.</summary>
    public IReadOnlyDictionary<string, string> Committed() =>
        Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .Where(file => !Path.GetRelativePath(Root, file).StartsWith("artifacts", StringComparison.Ordinal))
            .ToDictionary(file => Path.GetRelativePath(Root, file), file => Convert.ToBase64String(File.ReadAllBytes(file)), StringComparer.Ordinal);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
