using Build.Files;
using Build.Validation.Suppressions;

namespace Build.Tests.Validation;

public sealed class SuppressionFileTests
{
    [Test]
    public void Reads_rule_target_reason_and_expiry()
    {
        var suppressions = SuppressionFile.Parse("""
            { "suppressions": [ { "rule": "K8S004", "target": "Deployment/a0008/aspnetapp", "reason": "writes to /app", "expires": "2026-06-30" } ] }
            """);

        Assert.That(suppressions, Is.EqualTo(new[] { new Suppression("K8S004", "Deployment/a0008/aspnetapp", "writes to /app", new DateOnly(2026, 6, 30)) }));
    }

    [TestCase("""{ "suppressions": [ { "rule": "K8S004", "target": "Deployment/a0008/aspnetapp", "expires": "2026-06-30" } ] }""",
        "validation.suppressions.json:1: suppressions[0]: suppression 1 has no reason: every suppression names a rule, a target, a reason and an expiry date (yyyy-MM-dd).")]
    [TestCase("""{ "suppressions": [ { "rule": "K8S004", "target": "Deployment/a0008/aspnetapp", "reason": "why" } ] }""",
        "validation.suppressions.json:1: suppressions[0]: suppression 1 has no expires:")]
    [TestCase("""{ "suppressions": [ { "rule": "K8S004", "target": "x", "reason": "why", "expires": "soon" } ] }""",
        "validation.suppressions.json:1: suppressions[0].expires: \"soon\" is not a date (yyyy-MM-dd):")]
    [TestCase("""{ "suppressions": [ { "rule": "K8S004", "target": "x", "reason": "why", "expires": "2026-06-30", "scope": "all" } ] }""",
        "validation.suppressions.json:1: suppressions[0].scope: is not a key a suppression has (rule, target, reason, expires):")]
    [TestCase("{\n  \"suppressions\": [\n    { \"rule\": \"K8S004\",\n      \"target\": \"x\",\n", "validation.suppressions.json:5: suppressions[0]: the file ends before its JSON does (is it cut short?).")]
    [TestCase("{\n  \"suppressions\": [\n    { \"rule\": K8S004 }\n  ]\n}", "validation.suppressions.json:3: suppressions[0].rule: not valid JSON here")]
    [TestCase("", "validation.suppressions.json:1: the file is empty.")]
    public void Refuses_an_entry_that_says_less_than_rule_target_reason_and_expiry_naming_line_and_key(string json, string message)
    {
        var exception = Assert.Throws<InputFileException>(() => SuppressionFile.Parse(json))!;

        Assert.That(exception.Message, Does.StartWith(message));
    }

    [Test]
    public void A_problem_is_reported_at_its_own_line()
    {
        var json = "{\n  \"suppressions\": [\n    {\n      \"rule\": \"K8S004\",\n      \"target\": \"x\",\n      \"reason\": \"why\",\n      \"expires\": \"2026-13-40\"\n    }\n  ]\n}\n";

        var exception = Assert.Throws<InputFileException>(() => SuppressionFile.Parse(json))!;

        Assert.That((exception.Line, exception.Key), Is.EqualTo(((int?)7, "suppressions[0].expires")));
    }

    [Test]
    public void The_checked_in_file_is_valid_and_suppresses_nothing_in_prod()
    {
        Assert.That(SuppressionFile.Load(ProdFixture.RepositoryRoot), Is.Empty);
    }

    [Test]
    public void A_suppression_is_valid_through_its_expiry_date()
    {
        var suppression = new Suppression("K8S004", "x", "why", new DateOnly(2026, 6, 30));

        Assert.That((suppression.IsExpired(new DateOnly(2026, 6, 30)), suppression.IsExpired(new DateOnly(2026, 7, 1))), Is.EqualTo((false, true)));
    }
}
