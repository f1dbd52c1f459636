using Cake.Core;
using Cake.Core.IO;

namespace Build.Tests.Fakes;

/// <summary>
/// A fake ICakeEnvironment whose working directory is only a value: Cake's own environment changes
/// the test process's current directory when it is set.
/// </summary>
public sealed class FakeEnvironment(DirectoryPath workingDirectory) : ICakeEnvironment
{
    private readonly CakeEnvironment _real = new(new CakePlatform(), new CakeRuntime());
    private readonly Dictionary<string, string> _variables = new(StringComparer.Ordinal);

    public DirectoryPath WorkingDirectory { get; set; } = workingDirectory;

    public DirectoryPath ApplicationRoot => _real.ApplicationRoot;

    public ICakePlatform Platform => _real.Platform;

    public ICakeRuntime Runtime => _real.Runtime;

    public DirectoryPath UserHomeDirectory => _real.UserHomeDirectory;

    /// <summary>Variables set here hide the process's own (nothing else leaks into the test).</summary>
    public void SetEnvironmentVariable(string name, string value) => _variables[name] = value;

    public string? GetEnvironmentVariable(string variable) =>
        _variables.TryGetValue(variable, out var value) ? value : _real.GetEnvironmentVariable(variable);

    public IDictionary<string, string> GetEnvironmentVariables() =>
        _real.GetEnvironmentVariables().Concat(_variables).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value);

    public DirectoryPath GetSpecialPath(SpecialPath path) => _real.GetSpecialPath(path);
}
