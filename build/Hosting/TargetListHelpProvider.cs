using Spectre.Console;
using Spectre.Console.Cli;
using Spectre.Console.Cli.Help;
using Spectre.Console.Rendering;

namespace Build.Hosting;

/// <summary>Spectre's help, followed by every target with its description.</summary>
internal sealed class TargetListHelpProvider(ICommandAppSettings settings, TaskCatalog catalog) : HelpProvider(settings)
{
    public override IEnumerable<IRenderable> GetFooter(ICommandModel model, ICommandInfo? command)
    {
        yield return new Markup(Environment.NewLine + "[yellow]TARGETS:[/]" + Environment.NewLine);
        yield return TargetTable.Render(catalog);
        var options = catalog.Entries.SelectMany(e => e.Options.Select(o => (Option: o, Task: e.Name)))
            .GroupBy(o => o.Option.Name, StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        if (options.Count > 0)
        {
            yield return new Markup(Environment.NewLine + "[yellow]TASK OPTIONS:[/] (--name=value, read by the tasks named)" + Environment.NewLine);
            var table = new Table().NoBorder().HideHeaders().AddColumn("option").AddColumn("description");
            foreach (var group in options)
            {
                table.AddRow(new Text($"  --{group.Key}"), new Text($"{group.First().Option.Description} ({string.Join(", ", group.Select(o => o.Task).Distinct())})"));
            }

            yield return table;
        }
    }
}
