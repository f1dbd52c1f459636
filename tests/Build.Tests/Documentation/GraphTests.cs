using System.Xml.Linq;
using Build.Documentation;
using Build.Hosting;
using Build.Hosting.Options;

namespace Build.Tests.Documentation;

public sealed class GraphTests
{
    private static readonly TaskCatalog Catalog = TaskCatalog.FromAssemblies([typeof(BuildContext).Assembly]);

    [Test]
    public void The_README_graph_and_target_table_are_current()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Locate(), "README.md"));

        Assert.That(ReadmeSections.Read(readme, "targets"), Is.EqualTo(TargetsMarkdown.Render(Catalog).Trim('\n')),
            "README's target table is out of date: run ./build.sh --target=Graph");
        Assert.That(ReadmeSections.Read(readme, "graph"), Is.EqualTo(("```mermaid\n" + TaskGraphMermaid.Render(Catalog) + "```").Trim('\n')),
            "README's graph is out of date: run ./build.sh --target=Graph");
        Assert.That(ReadmeSections.Read(readme, "options"), Is.EqualTo(OptionsMarkdown.Render(new OptionsModel(typeof(Build.SuiteOptions.BuildOptions), Catalog)).Trim('\n')),
            "README's options table differs from the options model: run ./build.sh --target=Graph");
    }

    [Test]
    public void The_svg_is_well_formed_and_draws_every_task_and_edge()
    {
        var svg = XDocument.Parse(TaskGraphSvg.Render(Catalog));
        XNamespace ns = "http://www.w3.org/2000/svg";

        var labels = svg.Descendants(ns + "text").Select(t => t.Value).ToList();
        Assert.That(labels, Is.EquivalentTo(Catalog.Entries.Select(e => e.Name)));
        var edges = Catalog.Entries.Sum(e => Catalog.Prerequisites(e).Count());
        Assert.That(svg.Descendants(ns + "path").Count(p => p.Attribute("marker-end") is not null), Is.EqualTo(edges));
    }

    [Test]
    public void Every_edge_points_to_a_later_column()
    {
        var layout = new TaskGraphLayout(Catalog);
        var column = layout.Columns.SelectMany((tasks, index) => tasks.Select(t => (t.Name, index))).ToDictionary(p => p.Name, p => p.index);

        Assert.That(layout.Edges.Where(e => column[e.From] >= column[e.To]), Is.Empty);
    }

    [Test]
    public void Mermaid_names_every_dependency()
    {
        var mermaid = TaskGraphMermaid.Render(Catalog);

        Assert.That(mermaid, Does.StartWith("flowchart LR"));
        Assert.That(mermaid, Does.Contain("Lint --> Validate"));
    }
}
