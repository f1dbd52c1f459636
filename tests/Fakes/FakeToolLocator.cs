using Cake.Core.IO;
using Cake.Core.Tooling;

namespace Build.Tests.Fakes;

/// <summary>
/// A fake IToolLocator: "finds" every tool as an empty file in a temporary folder, or none at all
/// (to test the missing-tool message).
/// </summary>
public sealed class FakeToolLocator : IToolLocator, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("fake-tools-").FullName;
    private readonly bool _installed;

    public FakeToolLocator(bool installed = true) => _installed = installed;

    public void RegisterFile(FilePath path)
    {
    }

    public FilePath? Resolve(string tool) => _installed ? Create(tool) : null;

    public FilePath? Resolve(IEnumerable<string> toolExeNames) => _installed ? Create(toolExeNames.First()) : null;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private FilePath Create(string name)
    {
        var path = System.IO.Path.Combine(_folder, name);
        if (!File.Exists(path))
        {
            File.WriteAllText(path, string.Empty);
        }

        return new FilePath(path);
    }
}
