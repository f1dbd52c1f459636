using Spectre.Console;

namespace Build.SmokeTests;

/// <summary>
/// Shows a report (table and failure lines), writes it as JUnit XML, and fails the calling task when a check
/// failed. The SmokeTest task and the Deploy stage share it.
/// </summary>
public static class SmokeTestPublisher
{
    public static void Publish(SmokeTestReport report, IAnsiConsole console, string junitPath)
    {
        console.Write(SmokeTestTable.Render(report));
        JUnitReport.Write(report, junitPath);
        if (!report.Passed)
        {
            var count = report.Failures.Count();
            throw new SmokeTestFailedException(
                $"The smoke test against {report.Options.HostName} at {report.Options.Endpoint} failed {count} check{(count == 1 ? string.Empty : "s")}: {string.Join(", ", report.Failures.Select(f => f.Name))} (details above and in {junitPath}).");
        }
    }
}
