using System.Collections.Concurrent;

namespace Build.Tools.Bicep;

/// <summary>
/// The run's one bicep compiler: started on first use (runs that need no bicep never pay for it) and stopped
/// when the run ends (the service provider disposes it). A file is compiled once per run whichever checks ask:
/// Lint.Bicep's compilation of a template (the linter runs with it) is the one Validate.Bicep writes out.
/// </summary>
/// <param name="ownsServer">False for a compiler shared beyond the workspace (a test run's), which it leaves running.</param>
public sealed class BicepWorkspace(Func<BicepServer> start, bool ownsServer = true) : IDisposable
{
    private readonly Lazy<BicepServer> _server = new(start, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly ConcurrentDictionary<string, Lazy<Task<BicepCompilation>>> _compilations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Task<IReadOnlyList<string>>>> _references = new(StringComparer.Ordinal);

    public BicepWorkspace(BuildContext context)
        : this(() => new BicepRunner(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools).StartServer(new BicepSettings()))
    {
    }

    /// <summary>Whether this run started the compiler (a run whose checks are all fresh does not).</summary>
    public bool Started => _server.IsValueCreated;

    /// <summary>The files this run compiled, in the order asked.</summary>
    public IReadOnlyList<string> Compiled => [.. _compilations.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The compiler itself, for what is not worth remembering (snapshots read files a run may rewrite).</summary>
    public BicepServer Server => _server.Value;

    /// <summary>Compiles a template (.bicep) or a parameter file (.bicepparam), once per run.</summary>
    public Task<BicepCompilation> Compile(string path) =>
        _compilations.GetOrAdd(path, file => new Lazy<Task<BicepCompilation>>(() => file.EndsWith(".bicepparam", StringComparison.Ordinal)
            ? Server.CompileParams(file)
            : Server.Compile(file))).Value;

    /// <summary>Every file compiling <paramref name="path"/> reads, once per run.</summary>
    public Task<IReadOnlyList<string>> FileReferences(string path) =>
        _references.GetOrAdd(path, file => new Lazy<Task<IReadOnlyList<string>>>(() => Server.FileReferences(file))).Value;

    public void Dispose()
    {
        if (ownsServer && _server.IsValueCreated)
        {
            _server.Value.Dispose();
        }
    }
}
