using Cake.Core.IO;

namespace Build.Infrastructure;

/// <summary>
/// Where an environment's files live:
/// <c>bicep/{hub,spoke,cluster}.bicep</c> (templates, shared by all environments) and
/// <c>bicep/environments/&lt;env&gt;/</c> holding <c>environment.json</c>, one <c>&lt;stage&gt;.bicepparam</c>
/// per deployment and the committed <c>&lt;stage&gt;.snapshot.json</c> bicep writes next to it.
/// </summary>
public sealed class EnvironmentLayout(DirectoryPath root, string environment)
{
    public string Environment { get; } = environment;

    public DirectoryPath Root { get; } = root;

    public DirectoryPath BicepDirectory => Root.Combine("bicep");

    public DirectoryPath EnvironmentDirectory => BicepDirectory.Combine("environments").Combine(Environment);

    public FilePath EnvironmentSettingsFile => EnvironmentDirectory.CombineWithFilePath("environment.json");

    public FilePath Template(Stage stage) => BicepDirectory.CombineWithFilePath($"{stage.Name}.bicep");

    public FilePath Parameters(Stage stage) => EnvironmentDirectory.CombineWithFilePath($"{stage.Name}.bicepparam");

    /// <summary>bicep snapshot names the file after the parameters file.</summary>
    public FilePath Snapshot(Stage stage) => EnvironmentDirectory.CombineWithFilePath($"{stage.Name}.snapshot.json");

    public bool Exists => System.IO.Directory.Exists(EnvironmentDirectory.FullPath);

    /// <summary>The environments that have a folder under bicep/environments.</summary>
    public static IReadOnlyList<string> Available(DirectoryPath root)
    {
        var folder = root.Combine("bicep").Combine("environments").FullPath;
        return System.IO.Directory.Exists(folder)
            ? System.IO.Directory.GetDirectories(folder).Select(System.IO.Path.GetFileName).OfType<string>().Order().ToList()
            : [];
    }
}
