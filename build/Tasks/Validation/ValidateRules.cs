using Build.Hosting;
using Build.Validation;
using Build.Validation.Reports;
using Cake.Core.Diagnostics;
using Spectre.Console;

namespace Build.Tasks.Validation;

[TaskName("Validate.Rules")]
[TaskDescription("Checks the baseline's rules (AKS, network, edge, secrets, cost, Kubernetes objects, cross-artifact, redeploy safety, IP plan) over what the templates predict now and the rendered layer, and reports snapshot drift and every render problem with them; SARIF and JUnit in artifacts/validation/.")]
[TaskOption(Network.ScaleHeadroom.Option, ValidationArguments.HeadroomDescription)]
[IsDependeeOf(typeof(Validate.Validate))]
[IsDependentOn(typeof(Validate.Lint))]
[IsDependentOn(typeof(Infrastructure.ValidateSnapshots))]
[IsDependentOn(typeof(Kubernetes.ValidateKubernetes))]
public sealed class ValidateRules(IAnsiConsole console) : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        var input = ValidationSources.Load(context, ValidationArguments.Headroom(context));
        var result = RuleEngine.Default.Evaluate(input);
        var (sarif, junit) = ValidationReports.Write(result, context.Artifacts.Combine(ValidationReports.Folder).FullPath, ValidationReports.Results);
        console.Write(FindingsTable.Render(result));
        var relative = (string path) => Path.GetRelativePath(context.Root.FullPath, path);
        context.Log.Information("{0}", $"Validate.Rules: {result.Rules.Count} rules, {result.Checks.Count} checks, {result.Findings.Count} finding(s), {result.Suppressed.Count} suppressed; {relative(sarif)}, {relative(junit)}.");

        var errors = result.Errors.ToList();
        if (errors.Count > 0)
        {
            throw new ValidationFailedException($"{errors.Count} conformance error(s), the first: {errors[0]}; all in {relative(sarif)}.");
        }
    }
}
