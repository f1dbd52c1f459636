using Cake.Core;

namespace Build.Hosting;

/// <summary>A synchronous task. Override <see cref="Run"/>; the other members are optional.</summary>
public abstract class FrostingTask<T> : IFrostingTask
    where T : ICakeContext
{
    public virtual void Run(T context)
    {
    }

    /// <summary>False skips the task (Cake reports it as skipped); its dependencies still run.</summary>
    public virtual bool ShouldRun(T context) => true;

    /// <summary>Handles the task's exception: as in Cake, a task that overrides this swallows the error unless it rethrows.</summary>
    public virtual void OnError(Exception exception, T context)
    {
    }

    /// <summary>Runs after the task, whether it succeeded or failed.</summary>
    public virtual void Finally(T context)
    {
    }

    Task IFrostingTask.RunAsync(ICakeContext context)
    {
        Run((T)context);
        return Task.CompletedTask;
    }

    bool IFrostingTask.ShouldRun(ICakeContext context) => ShouldRun((T)context);

    void IFrostingTask.OnError(Exception exception, ICakeContext context) => OnError(exception, (T)context);

    void IFrostingTask.Finally(ICakeContext context) => Finally((T)context);
}
