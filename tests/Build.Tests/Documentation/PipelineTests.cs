using System.Text.RegularExpressions;
using Build.Hosting;
using Build.Tests.Hosting;
using YamlDotNet.RepresentationModel;

namespace Build.Tests.Documentation;

public sealed partial class PipelineTests
{
    [Test]
    public void Every_build_call_in_the_pipeline_is_a_command_line_the_suite_accepts()
    {
        var calls = BuildCalls().ToList();
        Assert.That(calls, Has.Count.GreaterThanOrEqualTo(5), "the pipeline should call the build in every stage");

        foreach (var call in calls)
        {
            // the same checks as a real run (target, every option known, read by the target's graph, its value valid), running nothing
            var arguments = Arguments(call).Append("--dryrun").ToArray();
            var host = new SuiteHost();

            Assert.That(host.Run(arguments), Is.EqualTo(ExitCodes.Success), $"'{call}': {host.Output}");
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

    /// <summary>The arguments after ./build.sh, with the pipeline's $(environment) as its default, prod.</summary>
    private static IEnumerable<string> Arguments(string call) =>
        call[(BuildCall().Match(call).Index + BuildCall().Match(call).Length)..]
            .Replace("$(environment)", "prod", StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);

    [GeneratedRegex(@"\./build\.(sh|ps1)\b")]
    private static partial Regex BuildCall();
}
