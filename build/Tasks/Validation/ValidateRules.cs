using Build.Hosting;
using Build.Tasks.Validate;
using Build.Validation;
using Build.Validation.Reports;
using Cake.Core.Diagnostics;
using Spectre.Console;

namespace Build.Tasks.Validation;

[TaskName("Validate.Rules")]
[TaskDescription("Checks the baseline's rules (AKS, network, edge, secrets, cost, governance, Kubernetes objects, cross-artifact, redeploy safety, IP plan) over what the templates predict now and the rendered layer, and reports snapshot drift and every render problem with them; SARIF and JUnit in artifacts/validation/.")]
[IsDependeeOf(typeof(Validate.Validate))]
[IsDependentOn(typeof(Validate.Lint))]
[IsDependentOn(typeof(Infrastructure.ValidateSnapshots))]
[IsDependentOn(typeof(Kubernetes.ValidateKubernetes))]
public sealed class ValidateRules(IAnsiConsole console, GateWork gate) : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        var (prediction, judged) = await gate.Rules();
        var relative = (string path) => Path.GetRelativePath(context.Root.FullPath, path);
        if (judged is not { } result)
        {
            context.Log.Information("{0}", $"Validate.Rules: inputs unchanged since its last green run; not run again (--no-cache to run it anyway); its findings are in {relative(RulesOutcome.Results(context))}.");
            return;
        }

        ValidationSources.WarnWithout(context, prediction);
        var (sarif, junit) = ValidationReports.Write(result, context.Artifacts.Combine(ValidationReports.Folder).FullPath, ValidationReports.Results);
        console.Write(FindingsTable.Render(result));
        context.Log.Information("{0}", $"Validate.Rules: {result.Rules.Count} rules, {result.Checks.Count} checks, {result.Findings.Count} finding(s), {result.Suppressed.Count} suppressed; {relative(sarif)}, {relative(junit)}.");

        // the address plan first: an overlap or a bad prefix is the root cause of what it misplaces (a load balancer IP outside its subnet)
        var errors = result.Errors.OrderBy(error => error.Rule.Family == RuleFamily.IpPlan ? 0 : 1).ToList();
        if (errors.Count > 0)
        {
            throw new ValidationFailedException($"{errors.Count} conformance error(s), the first: {errors[0]}; all in {relative(sarif)}.");
        }

        if (prediction is not null && (await gate.Rules()).Inputs is { } inputs)
        {
            Caching.GreenRunCache.For(context).RecordGreen("Validate.Rules", inputs);
        }
    }
}
