using Build.Hosting;
using Build.Prerequisites;
using Cake.Common;
using Spectre.Console;

namespace Build.Tasks.Doctor;

[TaskName("Doctor")]
[TaskDescription("Checks the tools a target needs (--for=<target>, default: all) and prints what was found.")]
[TaskOption("for", "The target whose prerequisites must all be present (Doctor fails otherwise).")]
public sealed class Doctor(TaskCatalog catalog, IAnsiConsole console) : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        var target = context.Argument<string?>("for", null);
        if (target is not null && !catalog.TryGet(target, out _))
        {
            throw new InvalidOperationException($"--for={target} is not a target: see ./build.sh --help for the list.");
        }

        var requirements = new TargetRequirements(catalog);
        var needed = target is null ? new HashSet<Prerequisite>() : requirements.For(target);
        var statuses = Enum.GetValues<Prerequisite>().Select(new PrerequisiteProbe(context).Check).ToList();

        console.Write(DoctorTable.Render(statuses, needed, requirements, target));

        var missing = statuses.Where(s => !s.Found && needed.Contains(s.Prerequisite)).Select(s => s.Name).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"{target} needs {string.Join(", ", missing)}: see the table above for how to get each.");
        }
    }
}
