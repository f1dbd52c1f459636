using System.Text.Json.Nodes;
using Build.Deployment;
using Build.Infrastructure;
using Build.Tests.Fakes;
using Build.Tools;
using Cake.Core.Diagnostics;

namespace Build.Tests.Deployment;

public sealed class DeploymentLogicTests
{
    [TestCase("firewallPrivateIp", "AKS_BASELINE_FIREWALL_PRIVATE_IP")]
    [TestCase("hubVnetId", "AKS_BASELINE_HUB_VNET_ID")]
    [TestCase("appGatewaySubnetPrefix", "AKS_BASELINE_APP_GATEWAY_SUBNET_PREFIX")]
    [TestCase("acrLoginServer", "AKS_BASELINE_ACR_LOGIN_SERVER")]
    public void Output_names_become_upper_snake_variables(string output, string variable) =>
        Assert.That(UpstreamVariables.NameOf(output), Is.EqualTo(variable));

    [Test]
    public void Arrays_and_objects_are_passed_as_json()
    {
        var variables = UpstreamVariables.From(
        [
            KeyValuePair.Create<string, JsonNode?>("spokeAddressSpace", new JsonArray("10.240.0.0/16")),
            KeyValuePair.Create<string, JsonNode?>("firewallPrivateIp", JsonValue.Create("10.200.0.4")),
        ]);

        Assert.That(variables["AKS_BASELINE_SPOKE_ADDRESS_SPACE"], Is.EqualTo("[\"10.240.0.0/16\"]"));
        Assert.That(variables["AKS_BASELINE_FIREWALL_PRIVATE_IP"], Is.EqualTo("10.200.0.4"));
    }

    [Test]
    public void The_inputs_hash_changes_with_a_module_a_parameter_or_an_upstream_output_and_nothing_else()
    {
        var root = Directory.CreateTempSubdirectory("hash-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "bicep", "modules"));
            Directory.CreateDirectory(Path.Combine(root, "bicep", "environments", "prod"));
            File.WriteAllText(Path.Combine(root, "bicep", "spoke.bicep"), "param a string");
            File.WriteAllText(Path.Combine(root, "bicep", "modules", "nsg.bicep"), "param b string");
            File.WriteAllText(Path.Combine(root, "bicep", "environments", "prod", "spoke.bicepparam"), "using '../../spoke.bicep'");
            File.WriteAllText(Path.Combine(root, "bicep", "environments", "prod", "hub.bicepparam"), "using '../../hub.bicep'");
            var layout = new EnvironmentLayout(root, "prod");
            var upstream = new Dictionary<string, string> { ["AKS_BASELINE_FIREWALL_PRIVATE_IP"] = "10.200.0.4" };
            var original = StageInputs.Hash(layout, Stage.Spoke, upstream);

            Assert.That(StageInputs.Hash(layout, Stage.Spoke, upstream), Is.EqualTo(original), "stable");
            File.WriteAllText(Path.Combine(root, "bicep", "environments", "prod", "hub.bicepparam"), "using '../../hub.bicep' // other stage");
            Assert.That(StageInputs.Hash(layout, Stage.Spoke, upstream), Is.EqualTo(original), "another stage's parameters do not count");

            File.AppendAllText(Path.Combine(root, "bicep", "modules", "nsg.bicep"), " ");
            var afterModule = StageInputs.Hash(layout, Stage.Spoke, upstream);
            Assert.That(afterModule, Is.Not.EqualTo(original), "a module");

            upstream["AKS_BASELINE_FIREWALL_PRIVATE_IP"] = "10.200.0.5";
            Assert.That(StageInputs.Hash(layout, Stage.Spoke, upstream), Is.Not.EqualTo(afterModule), "an upstream output");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [TestCase("ERROR: (TooManyRequests) Too many requests, retry after 30s", true)]
    [TestCase("ERROR: (OperationNotAllowed) Operation is not allowed: Another operation (Updating) is in progress, please wait for it to finish before starting a new operation.\nCode: OperationNotAllowed", true)]
    [TestCase("ERROR: (OperationNotAllowed) Operation could not be completed as it results in exceeding approved standardDSv2Family Cores quota.", false)]
    [TestCase("ERROR: (ResourceNotFound) The Resource 'Microsoft.KeyVault/vaults/kv-1429' under resource group 'rg-429' was not found.", false)]
    [TestCase("ERROR: (InvalidTemplate) Deployment 4f29a429-0d1e-4429-b429-429000000429 failed", false)]
    [TestCase("ERROR: Operation returned an invalid status code: 429 Too Many Requests", true)]
    [TestCase("ERROR: ('Connection aborted.', ConnectionResetError(104, 'Connection reset by peer'))", true)]
    [TestCase("ERROR: (AnotherOperationInProgress) Another operation on this or dependent resource is in progress.", true)]
    [TestCase("ERROR: (PrincipalNotFound) Principal 123 does not exist in the directory", true)]
    [TestCase("toomanyrequests: You have reached your pull rate limit", true)]
    [TestCase("ERROR: (InvalidTemplate) Deployment template validation failed", false)]
    [TestCase("ERROR: (AuthorizationFailed) The client does not have authorization", false)]
    public void Transient_errors_are_told_from_permanent_ones(string error, bool transient) =>
        Assert.That(TransientFailure.IsTransient(new ToolFailedException("az", 1, "az …", error)), Is.EqualTo(transient));

    [Test]
    public void Transient_failures_are_retried_with_a_message_and_permanent_ones_are_not()
    {
        var console = new CapturingConsole();
        var retry = new RetryPolicy(new CakeBuildLog(console), TimeSpan.FromMilliseconds(1), TimeProvider.System, resumable: true, maxAttempts: 4);
        var attempts = 0;

        var result = retry.Execute("Provision.Hub", () => ++attempts < 3 ? throw new ToolFailedException("az", 1, "c", "ERROR: (TooManyRequests) slow down") : "done");

        Assert.That(result, Is.EqualTo("done"));
        Assert.That(attempts, Is.EqualTo(3));
        Assert.That(console.Text, Does.Contain("Provision.Hub: Azure answered TooManyRequests").And.Contain("attempt 2 of 4"));

        attempts = 0;
        var permanent = Assert.Throws<InvalidOperationException>(() => retry.Execute("Provision.Hub", () => ++attempts > 0 ? throw new ToolFailedException("az", 1, "c", "ERROR: (InvalidTemplate) no") : 0));
        Assert.That(attempts, Is.EqualTo(1));
        Assert.That(permanent!.Message, Is.EqualTo("Provision.Hub: az failed (exit code 1): ERROR: (InvalidTemplate) no What to try: the template or parameters are invalid: run ./build.sh (Validate) to see where."));
    }

    [Test]
    public void Retries_stop_after_the_last_attempt()
    {
        var retry = new RetryPolicy(new CakeBuildLog(new CapturingConsole()), TimeSpan.FromMilliseconds(1), TimeProvider.System, resumable: false, maxAttempts: 3);
        var attempts = 0;

        var exhausted = Assert.Throws<InvalidOperationException>(() => retry.Execute("x", () => ++attempts > 0 ? throw new ToolFailedException("az", 1, "c", "ERROR: (TooManyRequests)") : 0));
        Assert.That(attempts, Is.EqualTo(3));
        Assert.That(exhausted!.Message, Does.Contain("still failing after 3 attempts"));
    }

    [TestCase("Provision.Hub", "Provision.Cluster", true)]
    [TestCase("Provision.Cluster", "Provision.Cluster", false)]
    [TestCase("SmokeTest", "Ingress.Install", false)]
    [TestCase("Plan", null, false)]
    public void Stages_before_from_are_skipped(string stage, string? from, bool skipped) =>
        Assert.That(DeployStages.IsBefore(stage, from), Is.EqualTo(skipped));

    [Test]
    public void Node_pools_are_read_from_inline_profiles_and_agent_pool_children()
    {
        var snapshot = new BicepSnapshot(
        [
            JsonNode.Parse("""{"type":"Microsoft.ContainerService/managedClusters","name":"aks","properties":{"agentPoolProfiles":[{"name":"npsystem","vmSize":"Standard_DS2_v2","count":3,"minCount":3,"maxCount":4,"enableAutoScaling":true,"availabilityZones":["1","2","3"]}]}}""")!.AsObject(),
            JsonNode.Parse("""{"type":"Microsoft.ContainerService/managedClusters/agentPools","name":"aks/npuser01","properties":{"vmSize":"Standard_DS4_v2","count":2,"maxCount":5,"enableAutoScaling":true,"availabilityZones":["1","2","3"]}}""")!.AsObject(),
        ], new Dictionary<string, JsonNode?>());

        var pools = NodePool.From(snapshot);

        Assert.That(pools, Has.Count.EqualTo(2));
        Assert.That(pools[0], Is.EqualTo(pools[0] with { Name = "npsystem", VmSize = "Standard_DS2_v2", MaxNodes = 4 }));
        Assert.That(pools[1].Name, Is.EqualTo("npuser01"));
        Assert.That(pools[1].MaxNodes, Is.EqualTo(5));
        Assert.That(pools[1].Zones, Is.EqualTo(new[] { "1", "2", "3" }));
    }
}
