using System.Reflection;
using Build.Hosting.Options;
using Cake.Cli;
using Cake.Cli.Infrastructure;
using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Core.Scripting;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Build.Hosting;

/// <summary>
/// The one command of the host: checks the target, binds the suite's options for the target's graph (every
/// usage error before anything runs), builds the container, picks the Cake.Cli script host for the mode (run,
/// dry run, tree, description) and runs the target.
/// </summary>
internal sealed class DefaultCommand(IServiceCollection services, TaskCatalog catalog, OptionsModel model, CommandLine line, HostOptions options, IAnsiConsole console)
    : Command<DefaultCommandSettings>
{
    public override int Execute(CommandContext context, DefaultCommandSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Version)
        {
            console.WriteLine(Assembly.GetEntryAssembly()?.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown");
            return ExitCodes.Success;
        }

        if (!catalog.TryGet(settings.Target, out var target))
        {
            ErrorLine.Write(console, $"there is no target '{settings.Target}'{NearestName.Suggest(settings.Target, catalog.Entries.Select(e => e.Name), " (did you mean {0}?)")}. The targets are:");
            console.Write(TargetTable.Render(catalog));
            return ExitCodes.UsageError;
        }

        var workingDirectory = settings.WorkingDirectory is { } chosen ? System.IO.Path.GetFullPath(chosen) : options.WorkingDirectory ?? Directory.GetCurrentDirectory();
        var graph = catalog.Graph(target.Name, settings.Exclusive);
        var request = $"--target={target.Name}{(settings.Exclusive ? " --exclusive" : string.Empty)}";
        var bound = model.Bind(line.Options, graph, request, new OptionParseContext(catalog, workingDirectory));
        services.AddSingleton(model.ModelType, bound);
        services.AddSingleton(new PlannedTasks([.. graph.Select(entry => entry.Name)]));
        services.AddSingleton<ICakeArguments>(new CakeArguments(line.Options.ToLookup(o => o.Name, o => o.Text ?? "true", StringComparer.OrdinalIgnoreCase)));

        using var provider = services.BuildServiceProvider();
        var log = provider.GetRequiredService<ICakeLog>();
        log.Verbosity = settings.Verbosity;
        try
        {
            provider.GetRequiredService<ICakeEnvironment>().WorkingDirectory = new DirectoryPath(workingDirectory);
            var host = CreateScriptHost(provider, settings);
            provider.GetRequiredService<FrostingEngine>().Configure(host);
            if (settings.Exclusive)
            {
                host.Settings.UseExclusiveTarget();
            }

            host.RunTargetAsync(target.Name).GetAwaiter().GetResult();
            return ExitCodes.Success;
        }
        catch (Exception exception) when (Refusal(exception) is { } refusal)
        {
            // A task refused to go on (a confirmation not given): usage, not a failure of the work.
            log.Error("Error: {0}", refusal.Message);
            return ExitCodes.UsageError;
        }
        catch (Exception exception)
        {
            // Cake.Cli prints the message only (the stack trace at diagnostic verbosity).
            ExceptionLogger.LogException(log, exception);
            return ExitCodes.Failure;
        }
    }

    private static UsageException? Refusal(Exception exception) => exception switch
    {
        UsageException usage => usage,
        AggregateException { InnerExceptions.Count: 1 } aggregate => Refusal(aggregate.InnerExceptions[0]),
        TargetInvocationException { InnerException: { } inner } => Refusal(inner),
        CakeReportException { InnerException: { } inner } => Refusal(inner),
        _ => null,
    };

    private static IScriptHost CreateScriptHost(IServiceProvider provider, DefaultCommandSettings settings)
    {
        var hostType = settings switch
        {
            { Tree: true } => typeof(TreeScriptHost),
            { Description: true } => typeof(DescriptionScriptHost),
            { DryRun: true } => typeof(DryRunScriptHost),
            _ => typeof(BuildScriptHost),
        };
        return (IScriptHost)ActivatorUtilities.CreateInstance(provider, hostType);
    }
}
