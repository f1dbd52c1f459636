using Build.Hosting.Options;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectre.Console.Cli.Help;
using Spectre.Console.Rendering;

namespace Build.Hosting;

/// <summary>
/// Spectre's help (Cake's own options), then: with <c>--target=X --help</c>, the target, what it runs and exactly
/// the options its tasks read; without a target, every target and every option with the tasks that read it.
/// </summary>
internal sealed class TargetListHelpProvider(ICommandAppSettings settings, TaskCatalog catalog, OptionsModel model, CommandLine line) : HelpProvider(settings)
{
    public override IEnumerable<IRenderable> GetFooter(ICommandModel commandModel, ICommandInfo? command)
    {
        if (line.Target is { } name && catalog.TryGet(name, out var target))
        {
            var graph = catalog.Graph(target.Name, line.Exclusive);
            yield return new Markup(Environment.NewLine + $"[yellow]TARGET:[/] {Markup.Escape(target.Name)}: {Markup.Escape(target.Description)}" + Environment.NewLine);
            yield return new Markup($"  runs {Markup.Escape(string.Join(", ", graph.Select(t => t.Name)))}" + Environment.NewLine);
            yield return Options($"OPTIONS {target.Name.ToUpperInvariant()} READS:", model.ReadBy(graph), showReaders: false);
            yield break;
        }

        yield return new Markup(Environment.NewLine + "[yellow]TARGETS:[/]" + Environment.NewLine);
        yield return TargetTable.Render(catalog);
        if (model.Options.Count > 0)
        {
            yield return Options("TASK OPTIONS: (./build.sh --target=<name> --help shows those a target reads)", model.Options, showReaders: true);
        }
    }

    private static IRenderable Options(string title, IReadOnlyList<OptionDescriptor> options, bool showReaders)
    {
        var table = new Table().NoBorder().HideHeaders().AddColumn("option").AddColumn("description");
        foreach (var option in options)
        {
            var details = new List<string> { $"takes {option.Value.Accepts}" };
            if (option.DefaultText.Length > 0)
            {
                details.Add($"default {option.DefaultText}");
            }

            if (showReaders)
            {
                details.Add($"read by {option.ReadersText}");
            }

            table.AddRow(new Text($"  {option.Usage}"), new Text($"{option.Description} ({string.Join("; ", details)})"));
        }

        return new Rows(new Markup(Environment.NewLine + $"[yellow]{Markup.Escape(title)}[/]" + Environment.NewLine), options.Count > 0 ? table : new Text("  none"));
    }
}
