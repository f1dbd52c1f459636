using Build.Infrastructure;

namespace Build.Tests.Infrastructure;

/// <summary>The scope every snapshot is predicted in: fixed ids, each deployment's own resource group and the environment's region.</summary>
public sealed class SnapshotScopeTests
{
    private const string Zero = "00000000-0000-0000-0000-000000000000";

    [Test]
    public void The_three_deployments_are_predicted_in_their_own_resource_groups_with_fixed_ids()
    {
        var settings = EnvironmentSettings.Load(new EnvironmentLayout(RealBicep.RepositoryRoot, "prod"));

        var scopes = Stage.All.Select(stage => SnapshotScope.For(stage, settings).Metadata).ToList();

        Assert.That(scopes.Select(scope => (scope.TenantId, scope.SubscriptionId, scope.Location)), Is.All.EqualTo((Zero, Zero, "eastus2")));
        Assert.That(scopes.Select(scope => scope.ResourceGroup), Is.EqualTo(new[] { "rg-enterprise-networking-hubs-eastus2", "rg-enterprise-networking-spokes-eastus2", "rg-bu0001a0008" }));
        Assert.That(scopes.Select(scope => scope.DeploymentName), Is.EqualTo(new[] { "hub", "spoke", "cluster" }));
    }
}
