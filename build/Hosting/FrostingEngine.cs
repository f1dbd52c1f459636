using System.Reflection;
using Cake.Core;
using Cake.Core.Scripting;

namespace Build.Hosting;

/// <summary>
/// Turns task classes into Cake tasks on a script host (Cake.Cli's build, dry-run, tree or
/// description host). Cake does the ordering, criteria, error handling and reporting.
/// </summary>
public sealed class FrostingEngine(
    TaskCatalog catalog,
    IServiceProvider services,
    IFrostingContext context,
    IEnumerable<IFrostingSetup> setups,
    IEnumerable<IFrostingTeardown> teardowns,
    IEnumerable<IFrostingTaskSetup> taskSetups,
    IEnumerable<IFrostingTaskTeardown> taskTeardowns)
{
    public void Configure(IScriptHost host)
    {
        foreach (var setup in setups)
        {
            host.Setup(info => setup.Setup(context, info));
        }

        foreach (var teardown in teardowns)
        {
            host.Teardown(info => teardown.Teardown(context, info));
        }

        foreach (var setup in taskSetups)
        {
            host.TaskSetup(info => setup.Setup(context, info));
        }

        foreach (var teardown in taskTeardowns)
        {
            host.TaskTeardown(info => teardown.Teardown(context, info));
        }

        foreach (var entry in catalog.Entries)
        {
            Register(host, entry);
        }
    }

    private void Register(IScriptHost host, TaskEntry entry)
    {
        var builder = host.Task(entry.Name);
        if (entry.Description.Length > 0)
        {
            builder.Description(entry.Description);
        }

        // [IsDependeeOf] edges are registered as dependencies of the other task: the same graph for
        // Cake's engine, and Cake.Cli's tree host (which only follows dependencies) then shows them.
        foreach (var prerequisite in catalog.Prerequisites(entry))
        {
            builder.IsDependentOn(prerequisite.Name);
        }

        // Tasks are created only when they run, so a task's constructor cost is paid only by its own targets.
        var task = new Lazy<IFrostingTask>(() => (IFrostingTask)services.GetService(entry.Type)!);

        // Cake treats a registered error handler as "handled"; register one only where the task
        // overrides OnError, the way Cake.Frosting does.
        if (IsOverridden(entry.Type, nameof(IFrostingTask.ShouldRun)))
        {
            builder.WithCriteria(() => task.Value.ShouldRun(context), $"{entry.Name}: its ShouldRun returned false");
        }

        builder.Does(() => task.Value.RunAsync(context));

        if (IsOverridden(entry.Type, nameof(IFrostingTask.OnError)))
        {
            builder.OnError(exception => task.Value.OnError(exception, context));
        }

        if (IsOverridden(entry.Type, nameof(IFrostingTask.Finally)))
        {
            builder.Finally(() => task.Value.Finally(context));
        }
    }

    private static bool IsOverridden(Type taskType, string method) =>
        taskType.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.Name == method && m.IsVirtual)
            .Any(m => m.DeclaringType is { } declaring && !IsFrameworkBase(declaring));

    private static bool IsFrameworkBase(Type type) =>
        type.IsGenericType &&
        (type.GetGenericTypeDefinition() == typeof(FrostingTask<>) || type.GetGenericTypeDefinition() == typeof(AsyncFrostingTask<>));
}
