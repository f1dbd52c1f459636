using Cake.Core;

namespace Build.Hosting;

public interface IFrostingTaskSetup
{
    void Setup(ICakeContext context, ITaskSetupContext info);
}

public interface IFrostingTaskTeardown
{
    void Teardown(ICakeContext context, ITaskTeardownContext info);
}

/// <summary>Runs around every task (Cake's TaskSetup/TaskTeardown).</summary>
public abstract class FrostingTaskLifetime<T> : IFrostingTaskSetup, IFrostingTaskTeardown
    where T : ICakeContext
{
    public virtual void Setup(T context, ITaskSetupContext info)
    {
    }

    public virtual void Teardown(T context, ITaskTeardownContext info)
    {
    }

    void IFrostingTaskSetup.Setup(ICakeContext context, ITaskSetupContext info) => Setup((T)context, info);

    void IFrostingTaskTeardown.Teardown(ICakeContext context, ITaskTeardownContext info) => Teardown((T)context, info);
}
