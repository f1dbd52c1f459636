using Build.Tests.Fakes;
using Cake.Core;
using Cake.Core.IO;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console.Testing;

namespace Build.Tests.Hosting;

/// <summary>Runs the suite's real task graph in-process, with captured output and a recording process runner.</summary>
internal sealed class SuiteHost
{
    public TestConsole Console { get; } = new TestConsole().Width(200);

    public CapturingConsole Log { get; } = new();

    public RecordingProcessRunner Processes { get; } = new();

    public string Output => Console.Output + Log.Text;

    public int Run(params string[] args) => BuildHost.Create()
        .UseConsole(Console)
        .ConfigureServices(services =>
        {
            services.AddSingleton<IConsole>(Log);
            services.AddSingleton<IProcessRunner>(Processes);
        })
        .Run(args);
}
