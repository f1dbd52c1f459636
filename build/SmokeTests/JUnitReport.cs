using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Build.SmokeTests;

/// <summary>
/// The smoke test as JUnit XML (one test case per check), which Azure DevOps' PublishTestResults and most CI
/// systems read. Warnings stay passes, with the warning in system-out.
/// </summary>
public static class JUnitReport
{
    public static XDocument Create(SmokeTestReport report)
    {
        var failures = report.Failures.Count();
        var skipped = report.Checks.Count(c => c.Outcome == CheckOutcome.Skipped);
        var suite = new XElement("testsuite",
            new XAttribute("name", $"SmokeTest {report.Options.HostName} at {report.Options.Endpoint}"),
            new XAttribute("tests", report.Checks.Count),
            new XAttribute("failures", failures),
            new XAttribute("errors", 0),
            new XAttribute("skipped", skipped),
            new XAttribute("time", Seconds(report.Duration)),
            new XAttribute("timestamp", report.StartedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture)),
            new XElement("properties",
                Property("endpoint", report.Options.Endpoint.ToString()),
                Property("hostname", report.Options.HostName),
                Property("path", report.Options.Path),
                Property("ca", report.Options.CaFile ?? "system trust store")),
            report.Checks.Select(TestCase));
        return new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement("testsuites",
                new XAttribute("name", "SmokeTest"),
                new XAttribute("tests", report.Checks.Count),
                new XAttribute("failures", failures),
                new XAttribute("errors", 0),
                new XAttribute("skipped", skipped),
                new XAttribute("time", Seconds(report.Duration)),
                suite));
    }

    public static void Write(SmokeTestReport report, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var writer = XmlWriter.Create(path, new XmlWriterSettings { Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), Indent = true });
        Create(report).Save(writer);
    }

    private static XElement TestCase(CheckResult check)
    {
        var element = new XElement("testcase",
            new XAttribute("classname", "SmokeTest"),
            new XAttribute("name", check.Name),
            new XAttribute("time", Seconds(check.Duration)));
        element.Add(check.Outcome switch
        {
            CheckOutcome.Failed => new XElement("failure", new XAttribute("message", check.Detail), new XAttribute("type", "SmokeTestFailure"), check.Detail),
            CheckOutcome.Skipped => new XElement("skipped", new XAttribute("message", check.Detail)),
            CheckOutcome.Warning => new XElement("system-out", "warning: " + check.Detail),
            _ => new XElement("system-out", check.Detail),
        });
        return element;
    }

    private static XElement Property(string name, string value) => new("property", new XAttribute("name", name), new XAttribute("value", value));

    private static string Seconds(TimeSpan duration) => duration.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
}
