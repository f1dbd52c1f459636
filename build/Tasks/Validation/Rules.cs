using Build.Hosting;
using Build.Validation;
using Build.Validation.Reports;
using Cake.Core.Diagnostics;
using Spectre.Console;

namespace Build.Tasks.Validation;

[TaskName("Rules")]
[TaskDescription("Lists every conformance rule with its id, severity, rationale and anchors, and regenerates build/Validation/rules.md.")]
public sealed class Rules(IAnsiConsole console) : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        console.Write(RulesTable.Render(RuleCatalog.All));
        var path = Path.Combine(context.Root.FullPath, RulesMarkdown.RelativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, RulesMarkdown.Render(RuleCatalog.All));
        context.Log.Information("{0}", $"{RuleCatalog.All.Count} rules; wrote {RulesMarkdown.RelativePath}.");
    }
}
