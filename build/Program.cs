using Build;
using Build.Hosting;

return new CakeHost()
    .UseContext<BuildContext>()
    .UseLifetime<BuildLifetime>()
    .UseWorkingDirectory(RepositoryRoot.Locate())
    .ConfigureServices(BuildServices.Register)
    .Run(args);
