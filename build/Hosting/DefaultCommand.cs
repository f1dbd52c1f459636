using System.Reflection;
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
/// The one command of the host: registers the parsed options, builds the container, picks the
/// Cake.Cli script host for the mode (run, dry run, tree, description) and runs the target.
/// </summary>
internal sealed class DefaultCommand(IServiceCollection services, TaskCatalog catalog, HostOptions options, IAnsiConsole console)
    : Command<DefaultCommandSettings>
{
    public override int Execute(CommandContext context, DefaultCommandSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Version)
        {
            console.WriteLine(Assembly.GetEntryAssembly()?.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown");
            return ExitCodes.Success;
        }

        services.AddSingleton(settings);
        services.AddSingleton<ICakeArguments>(context.Remaining.ToCakeArguments(
            [settings.Target],
            arguments => arguments["environment"] = [settings.Environment]));

        using var provider = services.BuildServiceProvider();
        var log = provider.GetRequiredService<ICakeLog>();
        log.Verbosity = settings.Verbosity;

        if (!catalog.TryGet(settings.Target, out var target))
        {
            console.MarkupLineInterpolated($"[red]Error:[/] there is no target '{settings.Target}'. The targets are:");
            console.Write(TargetTable.Render(catalog));
            return ExitCodes.UsageError;
        }

        try
        {
            if ((settings.WorkingDirectory is { } chosen ? System.IO.Path.GetFullPath(chosen) : options.WorkingDirectory) is { } workingDirectory)
            {
                provider.GetRequiredService<ICakeEnvironment>().WorkingDirectory = new DirectoryPath(workingDirectory);
            }

            var host = CreateScriptHost(provider, settings);
            provider.GetRequiredService<FrostingEngine>().Configure(host);
            if (settings.Exclusive)
            {
                host.Settings.UseExclusiveTarget();
            }

            host.RunTargetAsync(target.Name).GetAwaiter().GetResult();
            return ExitCodes.Success;
        }
        catch (Exception exception)
        {
            // Cake.Cli prints the message only (the stack trace at diagnostic verbosity).
            ExceptionLogger.LogException(log, exception);
            return ExitCodes.Failure;
        }
    }

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
