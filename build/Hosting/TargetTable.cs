using Spectre.Console;

namespace Build.Hosting;

/// <summary>The list of targets as a borderless table: used by --help and by the unknown-target error.</summary>
public static class TargetTable
{
    public static Table Render(TaskCatalog catalog)
    {
        var table = new Table().NoBorder().HideHeaders().AddColumn("target").AddColumn("description");
        foreach (var entry in catalog.Entries)
        {
            table.AddRow(new Text("  " + entry.Name), new Text(entry.Description));
        }

        return table;
    }
}
