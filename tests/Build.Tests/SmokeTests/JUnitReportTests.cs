using System.Xml.Linq;
using Build.SmokeTests;

namespace Build.Tests.SmokeTests;

[Parallelizable(ParallelScope.All)]
public sealed class JUnitReportTests
{
    [Test]
    public void Has_one_test_case_per_check_with_failures_and_skips_marked()
    {
        var options = new SmokeTestOptions(new SmokeEndpoint("20.1.2.3", 443), "bicycle.contoso.com");
        var report = new SmokeTestReport(options,
        [
            CheckResult.Pass(SmokeCheckNames.Handshake, "TLS 1.3", TimeSpan.FromMilliseconds(12)),
            CheckResult.Warn(SmokeCheckNames.CertificateValidity, "expires on 2026-04-01, in 9 days"),
            CheckResult.Fail(SmokeCheckNames.Gzip, "saw Content-Encoding: none; expected gzip"),
            CheckResult.Skip(SmokeCheckNames.DistinctBackends, "not run: no 2xx answer"),
        ], new DateTimeOffset(2026, 3, 23, 10, 0, 0, TimeSpan.Zero), TimeSpan.FromSeconds(1.5));

        var xml = JUnitReport.Create(report);

        var suites = xml.Root!;
        Assert.That(suites.Name.LocalName, Is.EqualTo("testsuites"));
        Assert.That((string?)suites.Attribute("tests"), Is.EqualTo("4"));
        Assert.That((string?)suites.Attribute("failures"), Is.EqualTo("1"));
        Assert.That((string?)suites.Attribute("skipped"), Is.EqualTo("1"));
        var cases = suites.Descendants("testcase").ToList();
        Assert.That(cases.Select(c => (string?)c.Attribute("name")), Is.EqualTo(new[] { SmokeCheckNames.Handshake, SmokeCheckNames.CertificateValidity, SmokeCheckNames.Gzip, SmokeCheckNames.DistinctBackends }));
        Assert.That((string?)cases[0].Attribute("time"), Is.EqualTo("0.012"));
        Assert.That((string?)cases[2].Element("failure")!.Attribute("message"), Is.EqualTo("saw Content-Encoding: none; expected gzip"));
        Assert.That(cases[3].Element("skipped"), Is.Not.Null);
        Assert.That(cases[1].Element("system-out")!.Value, Does.StartWith("warning: "));
        Assert.That(suites.Descendants("property").Select(p => (string?)p.Attribute("value")), Does.Contain("20.1.2.3:443").And.Contain("system trust store"));
        Assert.That(() => XDocument.Parse(xml.ToString()), Throws.Nothing);
    }
}
