using Cake.Core;
using Cake.Core.Configuration;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace Build.Tests;

/// <summary>
/// Cake.Core's own file system, environment, tool locator and process runner, as a run has them: what the tests hand
/// the real tools (bicep, helm). Every path the code hands a tool is absolute, so the environment keeps the process's
/// working directory (setting CakeEnvironment.WorkingDirectory changes the process's).
/// </summary>
internal sealed record RealCake(IFileSystem FileSystem, ICakeEnvironment Environment, IProcessRunner Processes, IToolLocator Tools)
{
    public static RealCake Create()
    {
        var environment = new CakeEnvironment(new CakePlatform(), new CakeRuntime());
        var fileSystem = new FileSystem();
        var log = new NullLog();
        var configuration = new CakeConfiguration(new Dictionary<string, string>());
        var tools = new ToolLocator(
            environment,
            new ToolRepository(environment),
            new ToolResolutionStrategy(fileSystem, environment, new Globber(fileSystem, environment), configuration, log));
        return new RealCake(fileSystem, environment, new ProcessRunner(fileSystem, environment, log, tools, configuration), tools);
    }
}
