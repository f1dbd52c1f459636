using Cake.Core;

namespace Build.Hosting;

/// <summary>An asynchronous task. Override <see cref="RunAsync"/>; the other members are optional.</summary>
public abstract class AsyncFrostingTask<T> : IFrostingTask
    where T : ICakeContext
{
    public virtual Task RunAsync(T context) => Task.CompletedTask;

    /// <inheritdoc cref="FrostingTask{T}.ShouldRun"/>
    public virtual bool ShouldRun(T context) => true;

    /// <inheritdoc cref="FrostingTask{T}.OnError"/>
    public virtual void OnError(Exception exception, T context)
    {
    }

    /// <inheritdoc cref="FrostingTask{T}.Finally"/>
    public virtual void Finally(T context)
    {
    }

    Task IFrostingTask.RunAsync(ICakeContext context) => RunAsync((T)context);

    bool IFrostingTask.ShouldRun(ICakeContext context) => ShouldRun((T)context);

    void IFrostingTask.OnError(Exception exception, ICakeContext context) => OnError(exception, (T)context);

    void IFrostingTask.Finally(ICakeContext context) => Finally((T)context);
}
