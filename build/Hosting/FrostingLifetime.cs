using Cake.Core;

namespace Build.Hosting;

public interface IFrostingSetup
{
    void Setup(ICakeContext context, ISetupContext info);
}

public interface IFrostingTeardown
{
    void Teardown(ICakeContext context, ITeardownContext info);
}

/// <summary>Runs once before the first task and once after the last (Cake's Setup/Teardown).</summary>
public abstract class FrostingLifetime<T> : IFrostingSetup, IFrostingTeardown
    where T : ICakeContext
{
    public virtual void Setup(T context, ISetupContext info)
    {
    }

    public virtual void Teardown(T context, ITeardownContext info)
    {
    }

    void IFrostingSetup.Setup(ICakeContext context, ISetupContext info) => Setup((T)context, info);

    void IFrostingTeardown.Teardown(ICakeContext context, ITeardownContext info) => Teardown((T)context, info);
}
