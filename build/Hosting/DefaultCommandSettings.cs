using System.ComponentModel;
using Cake.Cli;
using Cake.Core.Diagnostics;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Build.Hosting;

/// <summary>
/// The options the host knows. Anything else of the form <c>--name=value</c> reaches tasks through
/// <c>context.Arguments</c>.
/// </summary>
public sealed class DefaultCommandSettings : CommandSettings
{
    public const string DefaultTarget = "Validate";
    public const string DefaultEnvironment = "prod";

    [CommandOption("-t|--target <TARGET>")]
    [Description("The target to run.")]
    [DefaultValue(DefaultTarget)]
    public string Target { get; set; } = DefaultTarget;

    [CommandOption("-v|--verbosity <VERBOSITY>")]
    [Description("quiet, minimal, normal, verbose or diagnostic.")]
    [TypeConverter(typeof(VerbosityConverter))]
    [DefaultValue(Verbosity.Normal)]
    public Verbosity Verbosity { get; set; } = Verbosity.Normal;

    [CommandOption("--environment <NAME>")]
    [Description("The environment whose Bicep parameters are used.")]
    [DefaultValue(DefaultEnvironment)]
    public string Environment { get; set; } = DefaultEnvironment;

    [CommandOption("-w|--working <PATH>")]
    [Description("The folder the build works in (default: the repository root).")]
    public string? WorkingDirectory { get; set; }

    [CommandOption("--dryrun|--noop|--whatif")]
    [Description("Lists the tasks the target would run, and runs none.")]
    public bool DryRun { get; set; }

    [CommandOption("-e|--exclusive")]
    [Description("Runs the target alone, without its dependencies.")]
    public bool Exclusive { get; set; }

    [CommandOption("--tree")]
    [Description("Prints the dependency tree of the target.")]
    public bool Tree { get; set; }

    [CommandOption("--description|--showdescription")]
    [Description("Prints every task with its description.")]
    public bool Description { get; set; }

    [CommandOption("--version")]
    [Description("Prints the suite's version.")]
    public bool Version { get; set; }

    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Target))
        {
            return ValidationResult.Error("--target is empty: give a target name, e.g. --target=Validate (see --help).");
        }

        if (WorkingDirectory is not null && !Directory.Exists(WorkingDirectory))
        {
            return ValidationResult.Error($"--working '{WorkingDirectory}' does not exist.");
        }

        // Environment names become resource-group and file names: keep them simple.
        if (!System.Text.RegularExpressions.Regex.IsMatch(Environment, "^[a-z][a-z0-9-]{0,15}$"))
        {
            return ValidationResult.Error($"--environment '{Environment}' is not a valid name: use 1-16 lowercase letters, digits or '-', starting with a letter (e.g. prod).");
        }

        return ValidationResult.Success();
    }
}
