using Cake.Core;

namespace Build.Hosting;

/// <summary>Marks the context type tasks receive; the host registers it as a singleton.</summary>
public interface IFrostingContext : ICakeContext
{
}

/// <summary>A Cake context that derived build contexts extend with their own state.</summary>
public class FrostingContext(ICakeContext context) : CakeContextAdapter(context), IFrostingContext
{
}
