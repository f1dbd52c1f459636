using Spectre.Console.Testing;

namespace Build.Tests.Certificates;

/// <summary>
/// Runs the real build host (as ./build.sh does) in a given repository folder, capturing everything it prints:
/// the Spectre console and the process's standard output and error, where Cake's log and report go. Callers
/// must not run in parallel with anything that uses the console or the current directory.
/// </summary>
public static class HostRun
{
    private static readonly Lock ConsoleLock = new();

    public static (int ExitCode, string Output) Run(string root, params string[] args)
    {
        using var console = new TestConsole().Width(200);
        using var captured = new StringWriter();
        lock (ConsoleLock)
        {
            // Cake's environment moves the process into the working directory: come back, the folder is temporary.
            var (output, error, directory) = (Console.Out, Console.Error, Environment.CurrentDirectory);
            Console.SetOut(captured);
            Console.SetError(captured);
            try
            {
                var exitCode = BuildHost.Create()
                    .UseWorkingDirectory(root)
                    .UseConsole(console)
                    .Run(args);
                return (exitCode, console.Output + captured);
            }
            finally
            {
                Console.SetOut(output);
                Console.SetError(error);
                Environment.CurrentDirectory = directory;
            }
        }
    }
}
