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
        yield return new Markup(Environment.NewLine + "Any other [blue]--name=value[/] is passed to the tasks (see README.md, Options)." + Environment.NewLine);
    }
}
