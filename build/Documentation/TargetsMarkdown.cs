using System.Text;
using Build.Hosting;

namespace Build.Documentation;

/// <summary>The README's target table, generated from the tasks' descriptions.</summary>
public static class TargetsMarkdown
{
    public static string Render(TaskCatalog catalog)
    {
        var text = new StringBuilder("| target | depends on | what it does |\n|---|---|---|\n");
        foreach (var entry in catalog.Entries)
        {
            var prerequisites = string.Join(", ", catalog.Prerequisites(entry).Select(p => $"`{p.Name}`").Order(StringComparer.Ordinal));
            text.Append($"| `{entry.Name}` | {prerequisites} | {Escape(entry.Description)} |\n");
        }

        return text.ToString();
    }

    private static string Escape(string text) =>
        text.Replace("|", "\\|", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
