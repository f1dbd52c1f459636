using Build.Hosting;
using Build.SuiteOptions;

namespace Build;

/// <summary>The suite's host, composed once for Program.cs and for tests that run the real graph in-process.</summary>
public static class BuildHost
{
    public static CakeHost Create() => new CakeHost()
        .UseContext<BuildContext>()
        .UseOptions<BuildOptions>()
        .UseLifetime<BuildLifetime>()
        .UseWorkingDirectory(RepositoryRoot.Locate())
        .ConfigureServices(BuildServices.Register)
        .AddAssembly(typeof(BuildHost).Assembly);
}
