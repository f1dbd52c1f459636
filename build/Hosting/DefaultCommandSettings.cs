using System.ComponentModel;
using Cake.Cli;
using Cake.Core.Diagnostics;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Build.Hosting;

/// <summary>
/// Cake's own options, bound by Spectre.Console.Cli. The suite's options are declared in its options model
/// (<see cref="CakeHost.UseOptions{TOptions}"/>) and reach tasks through their context; <see cref="CommandLine"/>
/// refuses anything neither declares.
/// </summary>
public sealed class DefaultCommandSettings : CommandSettings
{
    public const string DefaultTarget = "Validate";

    [CommandOption("-t|--target <TARGET>")]
    [Description("The target to run.")]
    [DefaultValue(DefaultTarget)]
    public string Target { get; set; } = DefaultTarget;

    [CommandOption("-v|--verbosity <VERBOSITY>")]
    [Description("quiet, minimal, normal, verbose or diagnostic.")]
    [TypeConverter(typeof(VerbosityConverter))]
    [DefaultValue(Verbosity.Normal)]
    public Verbosity Verbosity { get; set; } = Verbosity.Normal;

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
            return ValidationResult.Error($"--working={WorkingDirectory}: the folder does not exist; --working takes the folder the build works in.");
        }

        return ValidationResult.Success();
    }
}
