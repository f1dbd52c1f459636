using System.Text;
using Build.Hosting;

namespace Build.Documentation;

/// <summary>The task graph as a Mermaid flowchart (GitHub and Azure DevOps render it in Markdown).</summary>
public static class TaskGraphMermaid
{
    public static string Render(TaskCatalog catalog)
    {
        var text = new StringBuilder("flowchart LR\n");
        foreach (var entry in catalog.Entries)
        {
            text.Append($"    {Id(entry.Name)}[\"{entry.Name}\"]\n");
        }

        foreach (var entry in catalog.Entries)
        {
            foreach (var prerequisite in catalog.Prerequisites(entry).OrderBy(p => p.Name, StringComparer.Ordinal))
            {
                text.Append($"    {Id(prerequisite.Name)} --> {Id(entry.Name)}\n");
            }
        }

        return text.ToString();
    }

    /// <summary>Mermaid ids cannot hold dots.</summary>
    public static string Id(string taskName) => taskName.Replace('.', '_');
}
