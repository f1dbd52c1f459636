using Build.Hosting;
using Build.Tests.Fakes;
using Build.Tests.Hosting;

namespace Build.Tests.BadInput;

/// <summary>
/// The bad-input matrix (issue 15): each case is run as a user would run it and must end with the right exit code,
/// an "Error:" line that names the input at fault, no stack trace, and nothing changed — no committed file, and no
/// call that would change Azure. Most run the real host in-process in a copy of the repository; the few that would
/// reach Azure run ./build.sh against the fake az, which records every call.
/// </summary>
[NonParallelizable]
public sealed class BadInputMatrixTests
{
    private RepositoryCopy _repository = null!;

    [OneTimeSetUp]
    public void CopyTheRepository() => _repository = new RepositoryCopy();

    [OneTimeTearDown]
    public void RemoveTheCopy() => _repository.Dispose();

    public static IEnumerable<TestCaseData> InProcessCases() =>
        BadInputs.InProcess.Select(input => new TestCaseData(input).SetName($"{input.Kind}: {input.Input}"));

    [TestCaseSource(nameof(InProcessCases))]
    public void Is_refused_in_one_line_naming_it_with_nothing_changed(BadInputCase input)
    {
        var saved = input.Variables.ToDictionary(v => v.Key, v => System.Environment.GetEnvironmentVariable(v.Key));
        try
        {
            input.Change?.Invoke(_repository);
            foreach (var (name, value) in input.Variables)
            {
                System.Environment.SetEnvironmentVariable(name, value);
            }

            var before = _repository.Committed();
            var host = new SuiteHost();
            var exitCode = host.Run(input.OwnWorking ? input.Args : [.. input.Args, $"--working={_repository.Root}"]);

            var line = ErrorLine(host.Output);
            TestContext.Out.WriteLine($"| `{input.Input}` | {exitCode} | {line} |");
            Assert.That(exitCode, Is.EqualTo(input.ExitCode), host.Output);
            Assert.That(line, Does.Contain(input.Names), host.Output);
            Assert.That(host.Output, Does.Not.Contain("   at "), "no stack trace");
            Assert.That(_repository.Committed(), Is.EqualTo(before), "no committed file changed");
            Assert.That(host.Processes.Started.Where(p => !(input.VersionProbes && p.Arguments.Contains("version", StringComparison.Ordinal))).Select(p => $"{p.Executable} {p.Arguments}"), Is.Empty,
                "no tool was started (but to ask its version), so nothing could change");
        }
        finally
        {
            foreach (var (name, value) in saved)
            {
                System.Environment.SetEnvironmentVariable(name, value);
            }

            _repository.Restore();
        }
    }

    [Test]
    public void Against_the_fake_cloud_nothing_that_changes_Azure_is_called()
    {
        // ./build.sh as a user runs it, with the fake az/kubectl/helm/kubelogin first on PATH recording every call
        using var cloud = FakeCloud.Start();
        var environment = Path.Combine(cloud.Working, "bicep", "environments", "prod", "environment.json");
        var original = File.ReadAllText(environment);

        var cases = new (string Input, string[] Args, int ExitCode, string Names, Action? Change)[]
        {
            ("Destroy --yes=false", ["--target=Destroy", "--yes=false"], ExitCodes.UsageError, "--yes=false", null),
            ("Destroy, not interactive, no --yes", ["--target=Destroy"], ExitCodes.UsageError, "add --yes to confirm", null),
            ("Destroy --yes, resourceGroups.spoke empty", ["--target=Destroy", "--yes"], ExitCodes.UsageError, "environment.json:6: resourceGroups.spoke: is empty",
                () => File.WriteAllText(environment, original.Replace("\"rg-enterprise-networking-spokes-eastus2\"", "\"\"", StringComparison.Ordinal))),
            ("Deploy --plan-onyl", ["--target=Deploy", "--plan-onyl"], ExitCodes.UsageError, "Unknown option --plan-onyl: did you mean --plan-only?", null),
            ("Deploy --force=false --plan-only=nope", ["--target=Deploy", "--force=false", "--plan-only=nope"], ExitCodes.UsageError, "--plan-only=nope", null),
            ("Preflight, az not signed in", ["--target=Preflight", "--exclusive"], ExitCodes.Failure, "run 'az login'",
                () => cloud.Fail("az", "account show", "ERROR: Please run 'az login' to setup account.", times: null)),
        };

        foreach (var (input, args, exitCode, names, change) in cases)
        {
            change?.Invoke();
            var before = cloud.Calls.Count;

            var run = cloud.Run(args);

            var calls = cloud.Calls.Skip(before).ToList();
            var line = ErrorLine(run.Output);
            TestContext.Out.WriteLine($"| `{input}` (fake az) | {run.ExitCode} | {line} | {calls.Count} calls, {calls.Count(c => c.IsMutating)} mutating |");
            Assert.That(run.ExitCode, Is.EqualTo(exitCode), $"{input}: {run.Output}");
            Assert.That(line, Does.Contain(names), $"{input}: {run.Output}");
            Assert.That(run.Output, Does.Not.Contain("   at "), $"{input}: no stack trace");
            Assert.That(calls.Where(c => c.IsMutating).Select(c => c.Line), Is.Empty, $"{input}: nothing that changes Azure is called");
            if (exitCode == ExitCodes.UsageError)
            {
                Assert.That(calls, Is.Empty, $"{input}: a usage error calls nothing at all");
            }

            File.WriteAllText(environment, original);
            cloud.ClearFailures();
        }
    }

    [TestCase("n", "Destroy cancelled at the prompt: nothing was deleted.")]
    [TestCase("", "Destroy cancelled at the prompt: nothing was deleted.")]
    public void Destroy_asks_when_interactive_and_a_no_deletes_nothing(string answer, string message)
    {
        var host = new SuiteHost();
        host.Console.Profile.Capabilities.Interactive = true;
        host.Console.Input.PushTextWithEnter(answer);

        Assert.That(host.Run("--target=Destroy", $"--working={_repository.Root}"), Is.EqualTo(ExitCodes.UsageError));

        Assert.That(host.Output, Does.Contain("Delete rg-bu0001a0008, rg-enterprise-networking-spokes-eastus2, rg-enterprise-networking-hubs-eastus2 and everything in them?"));
        Assert.That(ErrorLine(host.Output), Is.EqualTo("Error: " + message));
        Assert.That(host.Processes.Started, Is.Empty);
    }

    [Test]
    public void The_matrix_has_at_least_60_cases_of_command_lines_files_and_the_environment()
    {
        Assert.That(BadInputs.InProcess.Select(c => c.Kind).Distinct(), Is.EquivalentTo(new[] { "command line", "file", "environment" }));
        Assert.That(BadInputs.InProcess, Has.Count.GreaterThanOrEqualTo(60));
    }

    /// <summary>The one line that says what is wrong ("Error: …"), without colour codes.</summary>
    private static string ErrorLine(string output) =>
        output.Split('\n').Select(line => System.Text.RegularExpressions.Regex.Replace(line, "\u001b\\[[0-9;]*m", string.Empty).Trim())
            .FirstOrDefault(line => line.StartsWith("Error: ", StringComparison.Ordinal)) ?? "(no Error: line)";
}
