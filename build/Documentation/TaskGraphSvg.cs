using System.Globalization;
using System.Security;
using System.Text;
using Build.Hosting;

namespace Build.Documentation;

/// <summary>The task graph as a standalone SVG, drawn by the suite itself (no renderer to install).</summary>
public static class TaskGraphSvg
{
    private const int BoxWidth = 170;
    private const int BoxHeight = 34;
    private const int ColumnGap = 60;
    private const int RowGap = 18;
    private const int Margin = 20;

    public static string Render(TaskCatalog catalog)
    {
        var layout = new TaskGraphLayout(catalog);
        var positions = new Dictionary<string, (double X, double Y)>(StringComparer.OrdinalIgnoreCase);
        for (var column = 0; column < layout.Columns.Count; column++)
        {
            for (var row = 0; row < layout.Columns[column].Count; row++)
            {
                positions[layout.Columns[column][row].Name] = (Margin + (column * (BoxWidth + ColumnGap)), Margin + (row * (BoxHeight + RowGap)));
            }
        }

        var width = (Margin * 2) + (layout.Columns.Count * (BoxWidth + ColumnGap)) - ColumnGap;
        var height = (Margin * 2) + (layout.Columns.Max(c => c.Count) * (BoxHeight + RowGap)) - RowGap;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"Segoe UI, Helvetica, Arial, sans-serif\" font-size=\"12\">\n");
        svg.Append("  <defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/></marker></defs>\n");
        svg.Append(CultureInfo.InvariantCulture, $"  <rect width=\"{width}\" height=\"{height}\" fill=\"#ffffff\"/>\n");
        foreach (var (from, to) in layout.Edges)
        {
            var (x1, y1) = positions[from];
            var (x2, y2) = positions[to];
            var startX = x1 + BoxWidth;
            var startY = y1 + (BoxHeight / 2.0);
            var endY = y2 + (BoxHeight / 2.0);
            var middle = (startX + x2) / 2;
            svg.Append(CultureInfo.InvariantCulture, $"  <path d=\"M{startX},{startY} C{middle},{startY} {middle},{endY} {x2},{endY}\" fill=\"none\" stroke=\"#555\" stroke-width=\"1.2\" marker-end=\"url(#arrow)\"/>\n");
        }

        foreach (var entry in catalog.Entries)
        {
            var (x, y) = positions[entry.Name];
            svg.Append(CultureInfo.InvariantCulture, $"  <g><title>{SecurityElement.Escape(entry.Description)}</title>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{y}\" width=\"{BoxWidth}\" height=\"{BoxHeight}\" rx=\"6\" fill=\"{Fill(entry.Name)}\" stroke=\"#1f4e79\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + (BoxWidth / 2.0)}\" y=\"{y + (BoxHeight / 2.0) + 4}\" text-anchor=\"middle\">{SecurityElement.Escape(entry.Name)}</text></g>\n");
        }

        svg.Append("</svg>\n");
        return svg.ToString();
    }

    /// <summary>Offline checks, Azure stages and the rest in three colours.</summary>
    private static string Fill(string task) => task switch
    {
        _ when task.StartsWith("Lint", StringComparison.Ordinal) || task.StartsWith("Validate", StringComparison.Ordinal) => "#e2f0d9",
        _ when task.StartsWith("Provision", StringComparison.Ordinal) || task is "Plan" or "Preflight" or "Destroy" or "Deploy" => "#deebf7",
        _ => "#fff2cc",
    };
}
