using System.Text.Json;
using Build.Deployment;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Build.Tasks.Deploy;

/// <summary>Plan's summary (counts per stage), the resources that change, and the same as JSON for pipelines.</summary>
internal static class PlanTable
{
    private static readonly string[] Kinds = ["Create", "Modify", "Delete", "NoChange", "Ignore"];

    public static IRenderable Render(IReadOnlyList<StagePlan> plans)
    {
        var table = new Table().AddColumn("Deployment");
        foreach (var kind in Kinds)
        {
            table.AddColumn(new TableColumn(kind).RightAligned());
        }

        table.AddColumn("Source");
        foreach (var plan in plans)
        {
            table.AddRow(Kinds.Select(k => (IRenderable)new Text(plan.Count(k).ToString(System.Globalization.CultureInfo.InvariantCulture)))
                .Prepend(new Text(plan.Stage.Name))
                .Append(new Text(plan.Source)));
        }

        var changes = plans
            .SelectMany(p => p.Changes.Where(c => c.ChangeType is not ("NoChange" or "Ignore")).Select(c => new Markup($"  {Symbol(c.ChangeType)} {Markup.Escape(c.Resource)} [grey]({p.Stage.Name}, {c.ChangeType})[/]")));
        return new Rows(new IRenderable[] { table }.Concat(changes));
    }

    public static void WriteJson(IReadOnlyList<StagePlan> plans, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var json = plans.Select(p => new { stage = p.Stage.Name, source = p.Source, changes = p.Changes.Select(c => new { resource = c.Resource, change = c.ChangeType }) });
        File.WriteAllText(path, JsonSerializer.Serialize(json, new JsonSerializerOptions { WriteIndented = true }));
    }

    private static string Symbol(string changeType) => changeType switch
    {
        "Create" => "[green]+[/]",
        "Delete" => "[red]-[/]",
        "Modify" => "[yellow]~[/]",
        _ => "[blue]*[/]",
    };
}
