namespace Build.Tests.Certificates;

/// <summary>A folder under the system temp directory, deleted with everything in it when disposed.</summary>
public sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder(string prefix = "build-tests-") => Path = Directory.CreateTempSubdirectory(prefix).FullName;

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
