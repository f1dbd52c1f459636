using Build.Hosting;
using Build.Tests.Fakes;
using Build.Tests.Hosting.SampleGraph;
using Cake.Core;
using Cake.Core.IO;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console.Testing;

namespace Build.Tests.Hosting;

/// <summary>Runs the sample graph in-process with captured output and a recording process runner.</summary>
internal sealed class SampleHost
{
    public Journal Journal { get; } = new();

    public TestConsole Console { get; } = new TestConsole().Width(200);

    public CapturingConsole Log { get; } = new();

    public RecordingProcessRunner Processes { get; } = new();

    public string Output => Console.Output + Log.Text;

    public int Run(params string[] args) => new CakeHost()
        .UseContext<SampleContext>()
        .UseOptions<SampleOptions>()
        .UseWorkingDirectory(RepositoryRoot.Locate())
        .UseConsole(Console)
        .ConfigureServices(services =>
        {
            services.AddSingleton(Journal);
            services.AddSingleton<IConsole>(Log);
            services.AddSingleton<IProcessRunner>(Processes);
        })
        .AddAssembly(typeof(SampleHost).Assembly)
        .Run(args);
}
