using Build.Hosting;
using Build.Prerequisites;
using Spectre.Console;

namespace Build.Tasks.Doctor;

[TaskName("Doctor")]
[TaskDescription("Checks the tools a target needs (--for=<target>, default: all) and prints what was found.")]
public sealed class Doctor(TaskCatalog catalog, IAnsiConsole console) : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        var target = context.Options.For;
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
