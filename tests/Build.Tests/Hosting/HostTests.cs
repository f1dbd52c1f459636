using Build.Hosting;

namespace Build.Tests.Hosting;

public sealed class HostTests
{
    private SampleHost _host = null!;

    [SetUp]
    public void CreateHost() => _host = new SampleHost();

    [Test]
    public void Runs_dependencies_first_including_dependees()
    {
        var exitCode = _host.Run("--target=Third");

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(_host.Journal.Entries, Is.EqualTo(new[] { "Early", "First", "Second", "Third" }));
    }

    [Test]
    public void Exclusive_runs_the_target_alone()
    {
        _host.Run("--target=Third", "--exclusive");

        Assert.That(_host.Journal.Entries, Is.EqualTo(new[] { "Third" }));
    }

    [Test]
    public void Dry_run_runs_no_action_and_starts_no_process()
    {
        var exitCode = _host.Run("--target=Process", "--dryrun");

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(_host.Journal.Entries, Is.Empty);
        Assert.That(_host.Processes.Started, Is.Empty);
        Assert.That(_host.Output, Does.Contain("Process"));
    }

    [Test]
    public void A_task_that_starts_a_process_goes_through_the_process_runner()
    {
        _host.Run("--target=Process");

        Assert.That(_host.Processes.Started.Select(p => p.Executable), Has.One.EndsWith("echo"));
    }

    [Test]
    public void Unknown_target_exits_2_and_lists_the_targets()
    {
        var exitCode = _host.Run("--target=Nope");

        Assert.That(exitCode, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(_host.Output, Does.Contain("there is no target 'Nope'"));
        Assert.That(_host.Output, Does.Contain("First").And.Contain("The first task.").And.Contain("Third"));
        Assert.That(_host.Journal.Entries, Is.Empty);
    }

    [Test]
    public void Target_names_are_case_insensitive()
    {
        Assert.That(_host.Run("--target=third", "--exclusive"), Is.EqualTo(ExitCodes.Success));
        Assert.That(_host.Journal.Entries, Is.EqualTo(new[] { "Third" }));
    }

    [Test]
    public void ShouldRun_false_skips_the_task_but_not_its_dependents()
    {
        var exitCode = _host.Run("--target=AfterSkipped");

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(_host.Journal.Entries, Is.EqualTo(new[] { "AfterSkipped" }));
        Assert.That(_host.Output, Does.Contain("Skipped"));
    }

    [Test]
    public void A_failing_task_exits_1_with_its_message_and_no_stack_trace_and_Finally_runs()
    {
        var exitCode = _host.Run("--target=Failing");

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Failure));
        Assert.That(_host.Journal.Entries, Is.EqualTo(new[] { "Failing.Finally" }));
        Assert.That(_host.Output, Does.Contain("the widget is broken: fix the widget"));
        Assert.That(_host.Output, Does.Not.Contain("   at "));
    }

    [Test]
    public void OnError_handles_the_failure_and_Finally_runs()
    {
        var exitCode = _host.Run("--target=Handled");

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(_host.Journal.Entries, Is.EqualTo(new[] { "Handled.OnError: handled failure", "Handled.Finally" }));
    }

    [Test]
    public void Async_tasks_run()
    {
        _host.Run("--target=Async");

        Assert.That(_host.Journal.Entries, Is.EqualTo(new[] { "Async" }));
    }

    [Test]
    public void Options_reach_tasks_typed_through_their_context()
    {
        _host.Run("--target=Arguments", "--color=blue", "--environment=dev", "--loud", "--times=3");

        Assert.That(_host.Journal.Entries, Is.EqualTo(new[] { "color=blue", "environment=dev", "loud=True", "times=3" }));
    }

    [Test]
    public void Options_not_given_hold_their_declared_defaults()
    {
        _host.Run("--target=Arguments");

        Assert.That(_host.Journal.Entries, Is.EqualTo(new[] { "color=", "environment=prod", "loud=False", "times=1" }));
    }

    [Test]
    public void A_bad_verbosity_is_a_usage_error()
    {
        Assert.That(_host.Run("--verbosity=loud"), Is.EqualTo(ExitCodes.UsageError));
        Assert.That(_host.Output, Does.Contain("--verbosity=loud: 'loud' is not valid; --verbosity takes <VERBOSITY> (quiet, minimal, normal, verbose or diagnostic)."));
    }

    [Test]
    public void Help_lists_options_and_targets_with_descriptions()
    {
        var exitCode = _host.Run("--help");

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(_host.Output, Does.Contain("--target").And.Contain("--exclusive").And.Contain("--environment"));
        Assert.That(_host.Output, Does.Contain("TARGETS").And.Contain("The first task.").And.Contain("Depends on Second."));
        Assert.That(_host.Journal.Entries, Is.Empty);
    }

    [Test]
    public void Tree_prints_the_dependency_tree_and_runs_nothing()
    {
        var exitCode = _host.Run("--target=Third", "--tree");

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(_host.Output, Does.Contain("Third").And.Contain("Second").And.Contain("Early"));
        Assert.That(_host.Journal.Entries, Is.Empty);
    }

    [Test]
    public void Description_lists_every_task()
    {
        _host.Run("--description");

        Assert.That(_host.Output, Does.Contain("The first task.").And.Contain("Depends on Second."));
        Assert.That(_host.Journal.Entries, Is.Empty);
    }

    [Test]
    public void Version_prints_a_version()
    {
        Assert.That(_host.Run("--version"), Is.EqualTo(ExitCodes.Success));
        Assert.That(_host.Console.Output.Trim(), Is.Not.Empty);
    }
}
