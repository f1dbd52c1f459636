using Spectre.Console;

namespace Build.Hosting;

/// <summary>
/// "Error: …" as one line whatever the console's width (Spectre would wrap a long message at 80 columns when
/// the output is piped, and a log or a test would see several lines).
/// </summary>
internal static class ErrorLine
{
    public static void Write(IAnsiConsole console, string message)
    {
        console.Markup("[red]Error:[/] ");
        console.Profile.Out.Writer.WriteLine(message);
    }
}
