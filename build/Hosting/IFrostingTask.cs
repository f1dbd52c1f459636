using Cake.Core;

namespace Build.Hosting;

/// <summary>What the engine needs of a task; implemented by <see cref="FrostingTask{T}"/> and <see cref="AsyncFrostingTask{T}"/>.</summary>
public interface IFrostingTask
{
    Task RunAsync(ICakeContext context);

    bool ShouldRun(ICakeContext context);

    void OnError(Exception exception, ICakeContext context);

    void Finally(ICakeContext context);
}
