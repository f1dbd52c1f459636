using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Build.Validation.Reports;

/// <summary>
/// The result as JUnit XML for PublishTestResults: a suite per family, a test case per rule and subject (a rule
/// that found nothing to check is one skipped case, so no rule disappears). Errors are failures; warnings and
/// notes pass with the message in system-out; a suppressed finding makes the case skipped, with the reason.
/// </summary>
public static class JUnitReport
{
    public static XDocument Create(ValidationResult result, string name)
    {
        var cases = result.Rules
            .Select(rule => (Rule: rule, Checks: result.Checks.Where(check => check.Rule.Id == rule.Id).ToList()))
            .SelectMany(pair => pair.Checks.Count == 0
                ? [(pair.Rule.Family, Case: Nothing(pair.Rule))]
                : pair.Checks.Select(check => (pair.Rule.Family, Case: Case(check, result))))
            .ToList();
        var suites = cases.GroupBy(item => item.Family).OrderBy(group => group.Key.Order).Select(group => Suite(name, group.Key, group.Select(item => item.Case).ToList())).ToList();
        return new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement("testsuites",
                new XAttribute("name", name),
                new XAttribute("tests", cases.Count),
                new XAttribute("failures", cases.Count(item => item.Case.Element("failure") is not null)),
                new XAttribute("errors", 0),
                new XAttribute("skipped", cases.Count(item => item.Case.Element("skipped") is not null)),
                suites));
    }

    public static void Write(ValidationResult result, string name, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var writer = XmlWriter.Create(path, new XmlWriterSettings { Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), Indent = true });
        Create(result, name).Save(writer);
    }

    private static XElement Suite(string name, RuleFamily family, IReadOnlyList<XElement> cases) =>
        new("testsuite",
            new XAttribute("name", $"{name}.{family.Prefix} {family.Name}"),
            new XAttribute("tests", cases.Count),
            new XAttribute("failures", cases.Count(item => item.Element("failure") is not null)),
            new XAttribute("errors", 0),
            new XAttribute("skipped", cases.Count(item => item.Element("skipped") is not null)),
            new XAttribute("time", 0.ToString("0.000", CultureInfo.InvariantCulture)),
            cases);

    private static XElement Case(RuleCheck check, ValidationResult result)
    {
        var element = new XElement("testcase",
            new XAttribute("classname", $"{check.Rule.Id} {check.Rule.Title}"),
            new XAttribute("name", check.Subject.Reference),
            new XAttribute("time", "0.000"));
        var errors = check.Findings.Where(finding => finding.Severity == Severity.Error && !result.IsSuppressed(finding)).ToList();
        var suppressed = result.Suppressed.Where(item => check.Findings.Contains(item.Finding)).ToList();
        var others = check.Findings.Where(finding => finding.Severity != Severity.Error && !result.IsSuppressed(finding)).ToList();
        if (errors.Count > 0)
        {
            element.Add(new XElement("failure",
                new XAttribute("message", errors[0].Message),
                new XAttribute("type", check.Rule.Id),
                string.Join("\n", errors.Select(finding => $"{finding.Message} ({finding.Location})"))));
        }
        else if (suppressed.Count > 0 && others.Count == 0)
        {
            element.Add(new XElement("skipped", new XAttribute("message", $"suppressed: {suppressed[0].Suppression.Reason} (until {suppressed[0].Suppression.Expires:yyyy-MM-dd})")));
        }

        if (others.Count > 0)
        {
            element.Add(new XElement("system-out", string.Join("\n", others.Select(finding => $"{SarifReport.Level(finding.Severity)}: {finding.Message} ({finding.Location})"))));
        }

        return element;
    }

    private static XElement Nothing(RuleDescriptor rule) =>
        new("testcase",
            new XAttribute("classname", $"{rule.Id} {rule.Title}"),
            new XAttribute("name", "(nothing to check)"),
            new XAttribute("time", "0.000"),
            new XElement("skipped", new XAttribute("message", "the input has no object this rule applies to")));
}
