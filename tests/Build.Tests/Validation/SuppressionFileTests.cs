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

    [TestCase("""{ "suppressions": [ { "rule": "K8S004", "target": "Deployment/a0008/aspnetapp", "expires": "2026-06-30" } ] }""", "suppression 1 has no reason")]
    [TestCase("""{ "suppressions": [ { "rule": "K8S004", "target": "Deployment/a0008/aspnetapp", "reason": "why" } ] }""", "suppression 1 has no expires")]
    [TestCase("""{ "suppressions": [ { "rule": "K8S004", "target": "x", "reason": "why", "expires": "soon" } ] }""", "validation.suppressions.json is not valid")]
    [TestCase("""{ "suppressions": [ { "rule": "K8S004", "target": "x", "reason": "why", "expires": "2026-06-30", "scope": "all" } ] }""", "validation.suppressions.json is not valid")]
    public void Refuses_an_entry_that_says_less_than_rule_target_reason_and_expiry(string json, string message)
    {
        var exception = Assert.Throws<InvalidOperationException>(() => SuppressionFile.Parse(json))!;

        Assert.That(exception.Message, Does.Contain(message));
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
