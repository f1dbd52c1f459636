using Build.Hosting;
using Build.Hosting.Options;

namespace Build.Tests.Hosting;

/// <summary>The strict command line of the host, on the sample graph: what is accepted, and every refusal before anything runs.</summary>
public sealed class CommandLineTests
{
    private SampleHost _host = null!;

    [SetUp]
    public void CreateHost() => _host = new SampleHost();

    [TestCase("--loud", true)]
    [TestCase("--loud=true", true)]
    [TestCase("--loud=TRUE", true)]
    [TestCase("--loud=1", true)]
    [TestCase("--loud=yes", true)]
    [TestCase("--loud=false", false)]
    [TestCase("--loud=0", false)]
    [TestCase("--loud=no", false)]
    [TestCase("--loud=No", false)]
    public void A_flag_reads_true_false_1_0_yes_no_and_a_bare_name(string flag, bool expected)
    {
        Assert.That(_host.Run("--target=Arguments", flag), Is.EqualTo(ExitCodes.Success), _host.Output);
        Assert.That(_host.Journal.Entries, Does.Contain($"loud={expected}"));
    }

    [Test]
    public void A_flag_followed_by_a_yes_or_no_word_takes_it_as_its_value()
    {
        Assert.That(_host.Run("--loud", "false", "--target=Arguments"), Is.EqualTo(ExitCodes.Success), _host.Output);
        Assert.That(_host.Journal.Entries, Does.Contain("loud=False"));
    }

    [Test]
    public void A_value_may_follow_its_option_as_the_next_argument()
    {
        Assert.That(_host.Run("--target", "Arguments", "--color", "red", "--times", "2"), Is.EqualTo(ExitCodes.Success), _host.Output);
        Assert.That(_host.Journal.Entries, Is.EqualTo(new[] { "color=red", "environment=prod", "loud=False", "times=2" }));
    }

    [Test]
    public void Names_are_read_in_any_case()
    {
        Assert.That(_host.Run("--Target=Arguments", "--COLOR=red"), Is.EqualTo(ExitCodes.Success), _host.Output);
        Assert.That(_host.Journal.Entries, Does.Contain("color=red"));
    }

    [TestCase(new[] { "--target=Arguments", "--loud=maybe" }, "--loud=maybe: 'maybe' is not a yes or a no; --loud takes true, false, 1, 0, yes or no (nothing after the name means true).")]
    [TestCase(new[] { "--target=Arguments", "--loud=" }, "--loud=: '' is not a yes or a no; --loud takes true, false, 1, 0, yes or no")]
    [TestCase(new[] { "--target=Arguments", "--times=zero" }, "--times=zero: 'zero' is not a whole number; --times takes a whole number from 1 to 9.")]
    [TestCase(new[] { "--target=Arguments", "--times=0" }, "--times=0: 0 is out of range; --times takes a whole number from 1 to 9.")]
    [TestCase(new[] { "--target=Arguments", "--times=-3" }, "--times=-3: -3 is out of range; --times takes a whole number from 1 to 9.")]
    [TestCase(new[] { "--target=Arguments", "--times" }, "--times: it needs a value; --times takes a whole number from 1 to 9.")]
    [TestCase(new[] { "--target=Arguments", "--color=" }, "--color=: the value is empty; --color takes a text that is not empty.")]
    [TestCase(new[] { "--target=Arguments", "--color=  " }, "--color=  : the value is empty; --color takes a text that is not empty.")]
    [TestCase(new[] { "--target=Arguments", "--colour=red" }, "Unknown option --colour: did you mean --color?")]
    [TestCase(new[] { "--target=Arguments", "--lodu" }, "Unknown option --lodu: did you mean --loud?")]
    [TestCase(new[] { "--target=Arguments", "--dry-run" }, "Unknown option --dry-run: did you mean --dryrun?")]
    [TestCase(new[] { "--target=Arguments", "--zebra" }, "Unknown option --zebra (./build.sh --help lists the options")]
    [TestCase(new[] { "--target=Arguments", "-x" }, "Unknown option -x (./build.sh --help lists the options).")]
    [TestCase(new[] { "--target=Arguments", "-ex" }, "Unknown option -ex (./build.sh --help lists the options).")]
    [TestCase(new[] { "Arguments" }, "Unexpected argument 'Arguments': options are written --name=value; to run Arguments, write --target=Arguments")]
    [TestCase(new[] { "--target=Arguments", "blue" }, "Unexpected argument 'blue': options are written --name=value (see ./build.sh --help).")]
    [TestCase(new[] { "--target=Arguments", "--color=red", "--color=blue" }, "--color is given twice (--color=red and --color=blue): give it once.")]
    [TestCase(new[] { "--target=Arguments", "--target=First" }, "--target is given twice (--target=Arguments and --target=First): give it once.")]
    [TestCase(new[] { "--target=" }, "--target=: the value is empty; --target takes <TARGET> (the target to run).")]
    [TestCase(new[] { "--target" }, "--target: it needs a value; --target takes <TARGET> (the target to run).")]
    [TestCase(new[] { "--target=Arguments", "--exclusive=maybe" }, "--exclusive=maybe: 'maybe' is not a yes or a no; --exclusive takes true, false, 1, 0, yes or no")]
    [TestCase(new[] { "--target=First", "--color=red" }, "--color is not read by anything --target=First runs (Arguments reads it): drop it, or see ./build.sh --target=First --help.")]
    [TestCase(new[] { "--target=Third", "--exclusive", "--color=red" }, "--color is not read by anything --target=Third --exclusive runs (Arguments reads it)")]
    [TestCase(new[] { "--target=Thrid" }, "there is no target 'Thrid' (did you mean Third?). The targets are:")]
    [TestCase(new[] { "--working=/nonexistent/folder" }, "--working=/nonexistent/folder: the folder does not exist")]
    public void A_wrong_command_line_exits_2_with_one_line_naming_what_is_wrong_and_runs_nothing(string[] args, string message)
    {
        Assert.That(_host.Run(args), Is.EqualTo(ExitCodes.UsageError), _host.Output);

        Assert.That(_host.Output, Does.StartWith("Error: " + message), _host.Output);
        Assert.That(_host.Output, Does.Not.Contain("   at "), "no stack trace");
        Assert.That(_host.Journal.Entries, Is.Empty, "nothing ran");
        Assert.That(_host.Processes.Started, Is.Empty, "nothing started");
    }

    [Test]
    public void An_option_read_by_a_dependency_is_accepted_for_the_target_that_runs_it()
    {
        Assert.That(_host.Run("--target=Third", "--depth=2"), Is.EqualTo(ExitCodes.Success), _host.Output);
        Assert.That(_host.Journal.Entries, Does.Contain("Third at depth 2"));
    }

    [Test]
    public void Host_flags_take_yes_and_no_too()
    {
        Assert.That(_host.Run("--target=Third", "--exclusive=yes"), Is.EqualTo(ExitCodes.Success), _host.Output);
        Assert.That(_host.Journal.Entries, Is.EqualTo(new[] { "Third" }));

        var again = new SampleHost();
        Assert.That(again.Run("--target=Third", "--exclusive=false"), Is.EqualTo(ExitCodes.Success), again.Output);
        Assert.That(again.Journal.Entries, Is.EqualTo(new[] { "Early", "First", "Second", "Third" }));
    }

    [Test]
    public void Short_host_options_work_as_Cake_documents_them()
    {
        Assert.That(_host.Run("-t", "Third", "-e"), Is.EqualTo(ExitCodes.Success), _host.Output);
        Assert.That(_host.Journal.Entries, Is.EqualTo(new[] { "Third" }));
    }

    [Test]
    public void A_task_that_refuses_to_go_on_exits_2_with_its_one_line()
    {
        Assert.That(_host.Run("--target=Refusing"), Is.EqualTo(ExitCodes.UsageError));

        Assert.That(_host.Output, Does.Contain("Error: not without --yes: nothing was done"));
        Assert.That(_host.Output, Does.Not.Contain("   at "));
    }

    [Test]
    public void Help_for_a_target_lists_exactly_the_options_its_graph_reads()
    {
        Assert.That(_host.Run("--target=Third", "--help"), Is.EqualTo(ExitCodes.Success));

        var section = _host.Output[_host.Output.IndexOf("OPTIONS THIRD READS:", StringComparison.Ordinal)..];
        Assert.That(section, Does.Contain("--depth=<value>").And.Contain("--environment=<value>"));
        Assert.That(section, Does.Not.Contain("--color").And.Not.Contain("--loud").And.Not.Contain("--times"));
        Assert.That(_host.Output, Does.Contain("runs Early, First, Second, Third"));
        Assert.That(_host.Journal.Entries, Is.Empty);
    }

    [Test]
    public void Help_without_a_target_lists_every_option_with_the_tasks_that_read_it()
    {
        Assert.That(_host.Run("--help"), Is.EqualTo(ExitCodes.Success));

        Assert.That(_host.Output, Does.Contain("--color=<value>").And.Contain("read by Arguments"));
        Assert.That(_host.Output, Does.Contain("--depth=<value>").And.Contain("read by Third"));
        Assert.That(_host.Output, Does.Contain("--environment=<value>").And.Contain("read by every target"));
    }

    [TestCase("plan-onyl", "plan-only", 2)]
    [TestCase("dry-run", "dryrun", 1)]
    [TestCase("exclusiv", "exclusive", 1)]
    public void Nearest_names_are_a_few_edits_away(string given, string known, int distance)
    {
        Assert.That(NearestName.Distance(given, known), Is.EqualTo(distance == 2 ? 1 : distance));
        Assert.That(NearestName.Find(given, ["plan-only", "dryrun", "exclusive", "from"]), Is.EqualTo(known));
        Assert.That(NearestName.Find("zebra", ["plan-only", "dryrun", "exclusive", "from"]), Is.Null);
    }
}
