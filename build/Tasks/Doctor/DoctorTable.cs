using Build.Prerequisites;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Build.Tasks.Doctor;

/// <summary>Doctor's report: a table of what was found, then one line per missing prerequisite saying how to get it.</summary>
internal static class DoctorTable
{
    public static IRenderable Render(IReadOnlyList<PrerequisiteStatus> statuses, IReadOnlySet<Prerequisite> needed, TargetRequirements requirements, string? target)
    {
        var table = new Table()
            .AddColumn("Prerequisite")
            .AddColumn("Status")
            .AddColumn("Version")
            .AddColumn("Path / account")
            .AddColumn(target is null ? "Used by" : $"Needed by {target}");
        foreach (var status in statuses)
        {
            var isNeeded = needed.Contains(status.Prerequisite);
            var state = status.Found ? "[green]found[/]" : isNeeded ? "[red]missing[/]" : "[yellow]missing[/]";
            var usage = target is null
                ? string.Join(", ", requirements.UsedBy(status.Prerequisite).DefaultIfEmpty("-"))
                : isNeeded ? "yes" : "no";
            table.AddRow(new Text(status.Name), new Markup(state), new Text(status.Version), new Text(ShortPath(status.Location)), new Text(usage));
        }

        var remedies = statuses
            .Where(s => !s.Found)
            .Select(s => new Markup($"  [bold]{Markup.Escape(s.Name)}[/]: {Markup.Escape(s.Remedy)}"));
        return new Rows(new IRenderable[] { table }.Concat(remedies));
    }

    private static string ShortPath(string path)
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return home.Length > 1 && path.StartsWith(home, StringComparison.Ordinal) ? "~" + path[home.Length..] : path;
    }
}
