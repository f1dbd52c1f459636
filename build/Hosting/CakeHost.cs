using System.Reflection;
using Build.Hosting.Options;
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
    private Type? _optionsModel;

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

    /// <summary>
    /// The suite's options model: a class whose properties carry <see cref="OptionAttribute"/>. The command line
    /// is bound into one instance before any task runs; tasks read it from their context (its constructor takes it).
    /// </summary>
    public CakeHost UseOptions<TOptions>()
        where TOptions : class, new()
    {
        _optionsModel = typeof(TOptions);
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

        var model = _optionsModel is null ? OptionsModel.None(catalog) : new OptionsModel(_optionsModel, catalog);
        _services.AddSingleton(catalog);
        _services.AddSingleton(model);
        _services.AddSingleton<IServiceCollection>(_services);

        var console = _console ?? AnsiConsole.Console;

        // Cake's environment moves the process into the working directory; put it back for in-process callers.
        var currentDirectory = Directory.GetCurrentDirectory();
        try
        {
            var line = CommandLine.Read(args.ToList(), model, catalog);
            _services.AddSingleton(line);
            var app = new CommandApp<DefaultCommand>(new TypeRegistrar(_services));
            app.Configure(config =>
            {
                config.Settings.ApplicationName = "./build.sh";
                config.Settings.Console = console;
                config.Settings.PropagateExceptions = true;
                config.Settings.StrictParsing = true;
                config.SetHelpProvider(new TargetListHelpProvider(config.Settings, catalog, model, line));
            });
            return app.Run(line.HelpRequested ? [.. line.HostArguments, "--help"] : line.HostArguments);
        }
        catch (UsageException exception)
        {
            // Bad command lines are the user's to fix: one line naming what is wrong, no stack trace, nothing run.
            ErrorLine.Write(console, exception.Message);
            return ExitCodes.UsageError;
        }
        catch (CommandAppException exception)
        {
            ErrorLine.Write(console, $"{exception.Message.TrimEnd('.')} (see ./build.sh --help).");
            return ExitCodes.UsageError;
        }
        catch (Exception exception)
        {
            // A defect of the suite itself (a task's failure is handled by DefaultCommand): still one line, no trace.
            ErrorLine.Write(console, $"{exception.GetType().Name}: {exception.Message}");
            return ExitCodes.Failure;
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
