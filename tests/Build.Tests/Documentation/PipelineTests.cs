using System.ComponentModel;
using System.Reflection;
using System.Text.RegularExpressions;
using Build.Hosting;
using Spectre.Console.Cli;
using YamlDotNet.RepresentationModel;

namespace Build.Tests.Documentation;

public sealed partial class PipelineTests
{
    private static readonly TaskCatalog Catalog = TaskCatalog.FromAssemblies([typeof(BuildContext).Assembly]);

    [Test]
    public void Every_build_call_in_the_pipeline_names_a_target_and_only_options_something_reads()
    {
        var calls = BuildCalls().ToList();
        Assert.That(calls, Has.Count.GreaterThanOrEqualTo(5), "the pipeline should call the build in every stage");

        foreach (var call in calls)
        {
            var options = Options(call);
            var target = options.GetValueOrDefault("target") ?? DefaultCommandSettings.DefaultTarget;
            Assert.That(Catalog.TryGet(target, out _), Is.True, $"'{call}': there is no target '{target}'");

            var known = HostOptions().Concat(Catalog.OptionsFor(target).Keys).ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var option in options.Keys)
            {
                Assert.That(known, Does.Contain(option), $"'{call}': --{option} is read by nothing that --target={target} runs");
            }
        }
    }

    [Test]
    public void Pull_requests_run_the_offline_gate_and_the_tests_and_main_runs_the_azure_stages()
    {
        var calls = BuildCalls().ToList();

        Assert.That(calls, Has.Some.Contains("--target=Validate"));
        Assert.That(calls, Has.Some.Contains("--target=Test"));
        Assert.That(calls, Has.Some.Contains("--target=Provision.Cluster"));
        Assert.That(calls, Has.Some.Contains("--target=SmokeTest"));
        Assert.That(File.ReadAllText(PipelineFile), Does.Contain("AzureCLI@2").And.Contain("PublishTestResults@2"));
    }

    private static string PipelineFile => Path.Combine(RepositoryRoot.Locate(), "azure-pipelines.yml");

    private static IEnumerable<string> BuildCalls()
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(PipelineFile))
        {
            yaml.Load(reader);
        }

        return yaml.Documents[0].AllNodes
            .OfType<YamlScalarNode>()
            .Select(n => n.Value ?? string.Empty)
            .SelectMany(v => v.Split('\n'))
            .Where(line => BuildCall().IsMatch(line))
            .Select(line => line.Trim());
    }

    private static Dictionary<string, string?> Options(string call) =>
        OptionPattern().Matches(call).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["value"].Success ? m.Groups["value"].Value : null, StringComparer.OrdinalIgnoreCase);

    private static IEnumerable<string> HostOptions() =>
        typeof(DefaultCommandSettings).GetProperties()
            .Select(p => p.GetCustomAttribute<CommandOptionAttribute>())
            .OfType<CommandOptionAttribute>()
            .SelectMany(a => a.LongNames);

    [GeneratedRegex(@"\./build\.(sh|ps1)\b")]
    private static partial Regex BuildCall();

    [GeneratedRegex(@"--(?<name>[a-z][a-z0-9-]*)(=(?<value>\S+))?")]
    private static partial Regex OptionPattern();
}
