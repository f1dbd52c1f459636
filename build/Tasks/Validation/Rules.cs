using Build.Files;
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
        // rules.md is committed: rendered whole, then put in place at once (never half-written)
        CommittedFiles.Write(Path.Combine(context.Root.FullPath, RulesMarkdown.RelativePath), RulesMarkdown.Render(RuleCatalog.All));
        context.Log.Information("{0}", $"{RuleCatalog.All.Count} rules; wrote {RulesMarkdown.RelativePath}.");
    }
}
