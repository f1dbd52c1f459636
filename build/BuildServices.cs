using Microsoft.Extensions.DependencyInjection;

namespace Build;

/// <summary>The suite's own services: plain classes the tasks delegate to.</summary>
public static class BuildServices
{
    public static void Register(IServiceCollection services)
    {
    }
}
