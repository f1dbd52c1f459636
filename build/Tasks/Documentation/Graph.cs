using Build.Documentation;
using Build.Hosting;
using Cake.Core.Diagnostics;

namespace Build.Tasks.Documentation;

[TaskName("Graph")]
[TaskDescription("Writes the task graph (artifacts/graph.mmd, artifacts/graph.svg) and regenerates README's graph and target table.")]
public sealed class Graph(TaskCatalog catalog) : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        Directory.CreateDirectory(context.Artifacts.FullPath);
        var mermaid = TaskGraphMermaid.Render(catalog);
        File.WriteAllText(context.Artifacts.CombineWithFilePath("graph.mmd").FullPath, mermaid);
        File.WriteAllText(context.Artifacts.CombineWithFilePath("graph.svg").FullPath, TaskGraphSvg.Render(catalog));

        var readmePath = context.Root.CombineWithFilePath("README.md").FullPath;
        var readme = File.ReadAllText(readmePath);
        var updated = ReadmeSections.Replace(readme, "graph", "```mermaid\n" + mermaid + "```");
        updated = ReadmeSections.Replace(updated, "targets", TargetsMarkdown.Render(catalog));
        if (updated != readme)
        {
            File.WriteAllText(readmePath, updated);
            context.Log.Information("README.md: graph and target table regenerated.");
        }

        context.Log.Information("Wrote artifacts/graph.mmd and artifacts/graph.svg.");
    }
}
