using Build.Documentation;
using Build.Files;
using Build.Hosting;
using Build.Hosting.Options;
using Cake.Core.Diagnostics;

namespace Build.Tasks.Documentation;

[TaskName("Graph")]
[TaskDescription("Writes the task graph (artifacts/graph.mmd, artifacts/graph.svg) and regenerates README's graph, target table and options table.")]
public sealed class Graph(TaskCatalog catalog, OptionsModel options) : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        // README is committed: every section is rendered first, then the file is replaced at once (never half-written)
        var readmePath = context.Root.CombineWithFilePath("README.md").FullPath;
        var readme = File.ReadAllText(readmePath);
        var mermaid = TaskGraphMermaid.Render(catalog);
        var updated = ReadmeSections.Replace(readme, "graph", "```mermaid\n" + mermaid + "```");
        updated = ReadmeSections.Replace(updated, "targets", TargetsMarkdown.Render(catalog));
        updated = ReadmeSections.Replace(updated, "options", OptionsMarkdown.Render(options));

        Directory.CreateDirectory(context.Artifacts.FullPath);
        File.WriteAllText(context.Artifacts.CombineWithFilePath("graph.mmd").FullPath, mermaid);
        File.WriteAllText(context.Artifacts.CombineWithFilePath("graph.svg").FullPath, TaskGraphSvg.Render(catalog));
        if (updated != readme)
        {
            CommittedFiles.Write(readmePath, updated);
            context.Log.Information("README.md: graph, target table and options table regenerated.");
        }

        context.Log.Information("Wrote artifacts/graph.mmd and artifacts/graph.svg.");
    }
}
