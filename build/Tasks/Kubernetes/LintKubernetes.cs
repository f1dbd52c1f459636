using Build.Hosting;
using Build.Kubernetes;
using Build.Tools.Helm;
using Cake.Core.Diagnostics;

namespace Build.Tasks.Kubernetes;

[TaskName("Lint.Kubernetes")]
[TaskDescription("Checks every YAML file under helm/ and manifests/ parses and its output tokens are valid; helm-lints the charts the project owns.")]
[IsDependeeOf(typeof(Validate.Lint))]
public sealed class LintKubernetes : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        var lint = new KubernetesLint(new KubernetesLayout(context.Root.FullPath));
        context.Log.Information("{0}", $"Lint.Kubernetes: {lint.Check().Count} YAML files parse, their output tokens are valid.");

        var charts = lint.OwnedCharts();
        if (charts.Count == 0)
        {
            context.Log.Information("{0}", "Lint.Kubernetes: the project owns no chart (helm/ holds values for upstream charts), so there is nothing to helm lint.");
        }

        foreach (var chart in charts)
        {
            var output = context.HelmLint(new HelmLintSettings { Chart = new Cake.Core.IO.DirectoryPath(chart) });
            if (!output.Succeeded)
            {
                throw new InvalidOperationException($"helm lint {Path.GetRelativePath(context.Root.FullPath, chart)} failed: {Tools.ErrorText.Trim(output.StandardOutput + "\n" + output.StandardError)}");
            }
        }
    }
}
