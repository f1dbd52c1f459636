using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace Build.Caching;

/// <summary>
/// A hash of everything a check reads: the files (relative path and every byte), the tool that runs
/// (path, size, time), the suite's own code, and any other value that changes the result.
/// </summary>
public sealed class InputFingerprint
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public InputFingerprint()
    {
        // a new build of the suite may check differently
        Add("suite:" + typeof(InputFingerprint).Assembly.ManifestModule.ModuleVersionId);
    }

    /// <summary>Every file under <paramref name="folder"/>, in a stable order.</summary>
    public InputFingerprint AddFolder(string root, string folder)
    {
        var path = Path.Combine(root, folder);
        Add("folder:" + folder);
        if (!Directory.Exists(path))
        {
            return this;
        }

        foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            Add(Path.GetRelativePath(root, file).Replace('\\', '/'));
            _hash.AppendData(File.ReadAllBytes(file));
        }

        return this;
    }

    /// <summary>
    /// These files, each by its name relative to <paramref name="root"/> and every byte (a missing one as missing),
    /// in a stable order whatever order they are given in.
    /// </summary>
    public InputFingerprint AddFiles(string root, IEnumerable<string> files)
    {
        foreach (var relative in files.Select(file => Relative(root, file)).Distinct().Order(StringComparer.Ordinal))
        {
            var path = Path.Combine(root, relative);
            Add(relative);
            if (File.Exists(path))
            {
                _hash.AppendData(File.ReadAllBytes(path));
            }
            else
            {
                Add("missing");
            }
        }

        return this;
    }

    /// <summary>A path relative to the repository when it lies inside it (so copies of the repository agree), else as given.</summary>
    public static string Relative(string root, string path)
    {
        var relative = Path.GetRelativePath(root, Path.Combine(root, path));
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative.Replace('\\', '/');
    }

    /// <summary>The executable that does the work: a different build of it may answer differently.</summary>
    public InputFingerprint AddTool(string? path)
    {
        var file = path is null ? null : new FileInfo(path);
        return Add(file is { Exists: true } ? $"tool:{file.FullName}:{file.Length}:{file.LastWriteTimeUtc.Ticks}" : "tool:none");
    }

    public InputFingerprint Add(string value)
    {
        _hash.AppendData(Encoding.UTF8.GetBytes(value));
        _hash.AppendData([0]);
        return this;
    }

    public string Value => Convert.ToHexStringLower(_hash.GetCurrentHash());
}
