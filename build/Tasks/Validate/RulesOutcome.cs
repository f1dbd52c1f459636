using Build.Infrastructure;
using Build.Validation;
using Build.Validation.Reports;

namespace Build.Tasks.Validate;

/// <summary>Validate.Rules' piece: the prediction it judged (null: the committed snapshots stood in), and the result (null when its inputs are unchanged since its last green run).</summary>
public sealed record RulesOutcome(Prediction? Prediction, ValidationResult? Result)
{
    /// <summary>The fingerprint of what the rules read, to record when the task finds them green.</summary>
    public string? Inputs { get; init; }

    public static string Results(BuildContext context) =>
        System.IO.Path.Combine(context.Artifacts.Combine(ValidationReports.Folder).FullPath, ValidationReports.Results + ".sarif");
}
