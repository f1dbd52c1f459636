using System.Reflection;
using Cake.Cli;
using Cake.Common.Modules;
using Cake.Core.Configuration;
using Cake.Core.Modules;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Build.Hosting;

/// <summary>
/// The builder with Cake.Frosting's public shape: <c>new CakeHost().UseContext&lt;T&gt;()...Run(args)</c>.
/// Cake.Core supplies the engine, context, process runner and tool locator; Cake.Cli the script
/// hosts, log and report; Spectre.Console.Cli the command line.
/// </summary>
public sealed class CakeHost
{
    private readonly ServiceCollection _services = new();
    private readonly List<Assembly> _assemblies = [];
    private readonly HostOptions _options = new();
    private IAnsiConsole? _console;

    public CakeHost()
    {
        var registrar = new ContainerRegistrar(_services);
        new CoreModule().Register(registrar);
        new CommonModule().Register(registrar);
        registrar.Transfer();
        _services.AddCakeDiagnostics();
        _services.AddSingleton<ICakeConfiguration>(new CakeConfiguration(new Dictionary<string, string>()));
        _services.AddSingleton<FrostingEngine>();
        _services.AddSingleton(_options);
    }

    public CakeHost UseContext<TContext>()
        where TContext : class, IFrostingContext
    {
        _services.AddSingleton<TContext>();
        _services.AddSingleton<IFrostingContext>(provider => provider.GetRequiredService<TContext>());
        return this;
    }

    public CakeHost UseLifetime<TLifetime>()
        where TLifetime : class, IFrostingSetup, IFrostingTeardown
    {
        _services.AddSingleton<TLifetime>();
        _services.AddSingleton<IFrostingSetup>(provider => provider.GetRequiredService<TLifetime>());
        _services.AddSingleton<IFrostingTeardown>(provider => provider.GetRequiredService<TLifetime>());
        return this;
    }

    public CakeHost UseTaskLifetime<TLifetime>()
        where TLifetime : class, IFrostingTaskSetup, IFrostingTaskTeardown
    {
        _services.AddSingleton<TLifetime>();
        _services.AddSingleton<IFrostingTaskSetup>(provider => provider.GetRequiredService<TLifetime>());
        _services.AddSingleton<IFrostingTaskTeardown>(provider => provider.GetRequiredService<TLifetime>());
        return this;
    }

    public CakeHost ConfigureServices(Action<IServiceCollection> configure)
    {
        configure(_services);
        return this;
    }

    public CakeHost UseWorkingDirectory(string path)
    {
        _options.WorkingDirectory = path;
        return this;
    }

    /// <summary>Adds an assembly whose task classes join the graph (the entry assembly is always searched).</summary>
    public CakeHost AddAssembly(Assembly assembly)
    {
        _assemblies.Add(assembly);
        return this;
    }

    /// <summary>Writes to this console instead of the process's (tests capture output this way).</summary>
    public CakeHost UseConsole(IAnsiConsole console)
    {
        _console = console;
        _services.AddSingleton(console);
        return this;
    }

    public int Run(IEnumerable<string> args)
    {
        var catalog = TaskCatalog.FromAssemblies(SearchedAssemblies());
        foreach (var entry in catalog.Entries)
        {
            _services.AddSingleton(entry.Type);
        }

        _services.AddSingleton(catalog);
        _services.AddSingleton<IServiceCollection>(_services);

        var console = _console ?? AnsiConsole.Console;
        var app = new CommandApp<DefaultCommand>(new TypeRegistrar(_services));
        app.Configure(config =>
        {
            config.Settings.ApplicationName = "./build.sh";
            config.Settings.Console = console;
            config.Settings.PropagateExceptions = true;
            config.Settings.StrictParsing = false;
            config.SetHelpProvider(new TargetListHelpProvider(config.Settings, catalog));
        });

        // Cake's environment moves the process into the working directory; put it back for in-process callers.
        var currentDirectory = Directory.GetCurrentDirectory();
        try
        {
            return app.Run(args);
        }
        catch (CommandAppException exception)
        {
            // Bad command lines are the user's to fix: one line, no stack trace.
            console.MarkupLineInterpolated($"[red]Error:[/] {exception.Message} (see ./build.sh --help)");
            return ExitCodes.UsageError;
        }
        finally
        {
            Directory.SetCurrentDirectory(currentDirectory);
        }
    }

    private IEnumerable<Assembly> SearchedAssemblies()
    {
        var entry = Assembly.GetEntryAssembly();
        return (entry is null ? _assemblies : _assemblies.Prepend(entry)).Distinct();
    }
}
