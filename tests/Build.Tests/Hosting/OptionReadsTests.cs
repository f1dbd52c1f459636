using System.Reflection;
using Build.Hosting;
using Build.Hosting.Options;
using Build.SuiteOptions;
using Cake.Common;
using Cake.Core;

namespace Build.Tests.Hosting;

/// <summary>
/// The options model against the code, read from the IL: every option is read, by exactly the tasks it declares
/// (so help and the "not read by this target" error are true), and nothing reads the command line around it.
/// </summary>
public sealed class OptionReadsTests
{
    private static readonly Assembly Suite = typeof(BuildContext).Assembly;
    private static readonly TaskCatalog Catalog = TaskCatalog.FromAssemblies([Suite]);
    private static readonly OptionsModel Model = new(typeof(BuildOptions), Catalog);
    private static readonly Lazy<CallGraph> Calls = new(() => new CallGraph(Suite));

    [Test]
    public void Every_declared_option_is_read_by_exactly_the_tasks_it_names()
    {
        var read = ReadersInTheCode();

        var unread = Model.Options.Where(option => read[option.Name].Count == 0).Select(option => $"--{option.Name}").ToList();
        Assert.That(unread, Is.Empty, "declared, but no task reads it");

        var wrong = Model.Options
            .Where(option => !option.EveryTarget && !read[option.Name].SetEquals(option.Readers))
            .Select(option => $"--{option.Name}: declared as read by {string.Join(", ", option.Readers)}; the code reads it in {string.Join(", ", read[option.Name])}")
            .ToList();
        Assert.That(wrong, Is.Empty, "BuildOptions' readers must be the tasks whose code reads the option");
    }

    [Test]
    public void Every_option_read_is_declared_and_nothing_reads_the_command_line_around_the_model()
    {
        // The model's properties are the only options there are; Cake's argument aliases and ICakeArguments would
        // read options the model does not declare (and without its checks).
        var bypasses = Calls.Value.Methods
            .Where(method => method.DeclaringType?.Namespace?.StartsWith("Build.Hosting", StringComparison.Ordinal) != true)
            .SelectMany(method => Calls.Value.Callees(method)
                .Where(callee => callee.DeclaringType == typeof(ArgumentAliases) || callee.DeclaringType == typeof(ICakeArguments))
                .Select(callee => $"{method.DeclaringType!.FullName}.{method.Name} calls {callee.DeclaringType!.Name}.{callee.Name}"))
            .ToList();

        Assert.That(bypasses, Is.Empty);
    }

    [Test]
    public void Every_property_of_the_model_is_an_option()
    {
        var undeclared = typeof(BuildOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.GetCustomAttribute<OptionAttribute>() is null && property.Name != "EqualityContract")
            .Select(property => property.Name);

        Assert.That(undeclared, Is.Empty);
    }

    [Test]
    public void The_call_graph_sees_reads_through_helpers_lambdas_and_async_methods()
    {
        var read = ReadersInTheCode();

        // SmokeTest reads --timeout-seconds in a helper class; Workload.Apply reads --rollout-timeout-seconds in an async
        // method; Preflight reads --subscription through the deployment session and a lambda handed to the retry policy.
        Assert.That(read["timeout-seconds"], Is.EquivalentTo(new[] { "SmokeTest" }));
        Assert.That(read["rollout-timeout-seconds"], Is.EquivalentTo(new[] { "Workload.Apply" }));
        Assert.That(read["subscription"], Does.Contain("Preflight"));
    }

    /// <summary>For each option, the tasks whose code (their own methods, and everything those call in the suite) calls its getter.</summary>
    private static Dictionary<string, SortedSet<string>> ReadersInTheCode()
    {
        var getters = Model.Options.ToDictionary(option => Key(option.Property.GetMethod!), option => option.Name);
        var read = Model.Options.ToDictionary(option => option.Name, _ => new SortedSet<string>(StringComparer.Ordinal));
        foreach (var task in Catalog.Entries)
        {
            var reached = Calls.Value.Reachable(CallGraph.MethodsOf(task.Type), method => method.DeclaringType == typeof(BuildOptions));
            foreach (var method in reached)
            {
                if (getters.TryGetValue(Key(method), out var option))
                {
                    read[option].Add(task.Name);
                }
            }
        }

        return read;
    }

    private static (Module, int) Key(MethodBase method) => (method.Module, method.MetadataToken);
}
