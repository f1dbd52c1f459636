using Build.Hosting;
using Cake.Core;

// A small graph used only by HostTests (the test assembly is searched for tasks there):
//   Early ──► First ──► Second ──► Third      (Early via IsDependeeOf)
//   Skipped ──► AfterSkipped
//   Failing, Handled, Async, Arguments, Refusing stand alone.
namespace Build.Tests.Hosting.SampleGraph;

[TaskName("First")]
[TaskDescription("The first task.")]
public sealed class FirstTask : FrostingTask<SampleContext>
{
    public override void Run(SampleContext context) => context.Journal.Record("First");
}

[TaskName("Second")]
[IsDependentOn(typeof(FirstTask))]
public sealed class SecondTask : FrostingTask<SampleContext>
{
    public override void Run(SampleContext context) => context.Journal.Record("Second");
}

[TaskName("Third")]
[TaskDescription("Depends on Second.")]
[IsDependentOn(typeof(SecondTask))]
public sealed class ThirdTask : FrostingTask<SampleContext>
{
    public override void Run(SampleContext context) => context.Journal.Record(context.Options.Depth > 0 ? $"Third at depth {context.Options.Depth}" : "Third");
}

[TaskName("Early")]
[IsDependeeOf(typeof(FirstTask))]
public sealed class EarlyTask : FrostingTask<SampleContext>
{
    public override void Run(SampleContext context) => context.Journal.Record("Early");
}

[TaskName("Skipped")]
public sealed class SkippedTask : FrostingTask<SampleContext>
{
    public override bool ShouldRun(SampleContext context) => false;

    public override void Run(SampleContext context) => context.Journal.Record("Skipped");
}

[TaskName("AfterSkipped")]
[IsDependentOn(typeof(SkippedTask))]
public sealed class AfterSkippedTask : FrostingTask<SampleContext>
{
    public override void Run(SampleContext context) => context.Journal.Record("AfterSkipped");
}

[TaskName("Failing")]
public sealed class FailingTask : FrostingTask<SampleContext>
{
    public override void Run(SampleContext context) => throw new InvalidOperationException("the widget is broken: fix the widget");

    public override void Finally(SampleContext context) => context.Journal.Record("Failing.Finally");
}

[TaskName("Handled")]
public sealed class HandledTask : FrostingTask<SampleContext>
{
    public override void Run(SampleContext context) => throw new InvalidOperationException("handled failure");

    public override void OnError(Exception exception, SampleContext context) => context.Journal.Record("Handled.OnError: " + exception.Message);

    public override void Finally(SampleContext context) => context.Journal.Record("Handled.Finally");
}

[TaskName("Async")]
public sealed class AsyncTask : AsyncFrostingTask<SampleContext>
{
    public override async Task RunAsync(SampleContext context)
    {
        await Task.Yield();
        context.Journal.Record("Async");
    }
}

[TaskName("Arguments")]
public sealed class ArgumentsTask : FrostingTask<SampleContext>
{
    public override void Run(SampleContext context)
    {
        context.Journal.Record($"color={context.Options.Color}");
        context.Journal.Record($"environment={context.Options.Environment}");
        context.Journal.Record($"loud={context.Options.Loud}");
        context.Journal.Record($"times={context.Options.Times}");
    }
}

[TaskName("Refusing")]
public sealed class RefusingTask : FrostingTask<SampleContext>
{
    public override void Run(SampleContext context) => throw new UsageException("not without --yes: nothing was done");
}

[TaskName("Process")]
public sealed class ProcessTask : FrostingTask<SampleContext>
{
    public override void Run(SampleContext context)
    {
        using var process = context.ProcessRunner.Start("echo", new Cake.Core.IO.ProcessSettings());
        process.WaitForExit();
        context.Journal.Record("Process");
    }
}
