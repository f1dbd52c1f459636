using System.Text.Json.Nodes;
using Build.Certificates;
using Build.Deployment.Vault;
using Build.Tests.Fakes;

namespace Build.Tests.Deployment;

/// <summary>
/// ./build.sh --target=Deploy and Destroy end to end against the FAKE cloud (tests/Fakes/FakeCloudHost): az,
/// kubectl, helm and kubelogin held to the real tools' contracts, the Key Vault data plane with its firewall and
/// RBAC, the Kubernetes API, and loopback stand-ins for App Gateway, Traefik and the pods — no Azure or
/// cluster can run here.
/// </summary>
[Parallelizable(ParallelScope.Self)]
public sealed class DeployEndToEndTests
{
    [Test]
    public void Deploy_runs_every_stage_in_order_a_second_run_changes_nothing_then_Destroy_takes_everything_away()
    {
        using var cloud = FakeCloud.Start();
        cloud.Change(state =>
        {
            // someone else's temporary import access, and an Owner on a group whose name starts like the cluster's
            Seed(state, VaultScope, "00000000-0000-0000-0000-0000000000ff", "a4417e6f-fecd-4de8-b567-7b0420556985", VaultAccess.WriterMarker);
            Seed(state, OtherGroupScope, "00000000-0000-0000-0000-0000000000ff", "8e3af657-a8ff-443c-a75c-2fe8c4bcb635", null);
        });
        cloud.Fail("az", "deployment group create", "ERROR: (TooManyRequests) The request is being throttled. Retry after 5 seconds.\nCode: TooManyRequests\nMessage: The request is being throttled. Retry after 5 seconds.", times: 1);

        var first = cloud.Run("--target=Deploy");

        Assert.That(first.ExitCode, Is.Zero, first.Output);
        Assert.That(first.Output, Does.Contain("Azure answered TooManyRequests").And.Contain("retrying"), "the throttled deployment is retried and said so");
        AssertStageOrder(first.Output);
        var calls = cloud.Calls;
        TestContext.Out.WriteLine($"first run: {calls.Count} calls ({calls.Count(c => c.Tool == "az")} az), {calls.Count(c => c.IsMutating)} mutating");
        var deployments = Lines(calls, "az deployment group create");
        Assert.That(deployments.Select(c => Value(c, "--name")),
            Is.EqualTo(new[] { "aks-baseline-prod-hub", "aks-baseline-prod-hub", "aks-baseline-prod-spoke", "aks-baseline-prod-cluster", "aks-baseline-prod-cluster-gateway" }),
            "hub twice (throttled once), spoke, the cluster without App Gateway, then with it under a name of its own");
        Assert.That(deployments[3].Args, Does.Contain("appGatewayEnabled=false"));
        Assert.That(deployments.Select(c => c.Args), Has.All.Some.StartsWith("deploymentInputsHash="), "the inputs' hash travels as a parameter: az deployment group create has no --tags");
        Assert.That(deployments[2].Environment["AKS_BASELINE_FIREWALL_PRIVATE_IP"], Is.EqualTo("10.200.0.4"), "the hub's outputs reach the spoke");
        Assert.That(deployments[3].Environment["AKS_BASELINE_INGRESS_LOAD_BALANCER_IP"], Is.EqualTo("10.240.4.4"), "the spoke's outputs reach the cluster");
        Assert.That(Lines(calls, "az acr import"), Has.Count.EqualTo(2));
        Assert.That(Lines(calls, "az acr repository show"), Is.Empty, "the registry refuses this machine: nothing asks it");
        Assert.That(calls.Select(c => c.Line), Has.None.StartsWith("az ad "), "the caller comes from its token, not Microsoft Graph");
        Assert.That(Lines(calls, "helm upgrade").Select(c => Release(c)), Is.EqualTo(new[] { "csi-secrets-store-provider-azure", "traefik" }));
        var objects = cloud.State["vaultObjects"]!.AsObject().Single().Value!.AsObject();
        Assert.That(objects["certificates"]!.AsObject().Select(p => p.Key), Is.EquivalentTo(new[] { "bicycle-gateway-tls", "aks-ingress-tls" }));
        Assert.That(objects["secrets"]!.AsObject().Select(p => p.Key), Is.EquivalentTo(new[] { "aks-ingress-root-ca" }));
        Assert.That(Roles(cloud).Select(r => (string?)r["description"]), Is.EqualTo(new[] { VaultAccess.ReaderMarker }), "the temporary officer roles are gone, the standing reader stays");
        Assert.That(Assignment(cloud, VaultScope, "00000000-0000-0000-0000-0000000000ff"), Is.Not.Null, "another identity's access is not this run's to remove");
        Assert.That(first.Output, Does.Contain("SmokeTest").And.Contain("HTTP 2xx"));
        AssertNoSecret(cloud, first.Output);

        var before = cloud.Calls.Count;
        var second = cloud.Run("--target=Deploy");

        Assert.That(second.ExitCode, Is.Zero, second.Output);
        var rerun = cloud.Calls.Skip(before).ToList();
        TestContext.Out.WriteLine($"second run: {rerun.Count} calls, {rerun.Count(c => c.IsMutating)} mutating");
        Assert.That(rerun.Where(c => c.IsMutating).Select(c => c.Line), Is.Empty, "a re-run with nothing changed makes no mutating call");
        Assert.That(second.Output, Does.Contain("is up to date").And.Contain("holds valid certificates").And.Contain("has all 2 images already"));
        AssertNoSecret(cloud, second.Output);

        // a forced redeploy of the cluster replaces the vault's tags, as ARM does for a resource whose template declares none
        var redeploy = cloud.Run("--target=Provision.Gateway", "--exclusive", "--force");
        Assert.That(redeploy.ExitCode, Is.Zero, redeploy.Output);
        before = cloud.Calls.Count;
        var third = cloud.Run("--target=Deploy");
        Assert.That(third.ExitCode, Is.Zero, third.Output);
        Assert.That(cloud.Calls.Skip(before).Where(c => c.IsMutating).Select(c => c.Line), Is.Empty, "what Key Vault holds, not a tag, says the certificates are there");

        var destroy = cloud.Run("--target=Destroy", "--yes");

        Assert.That(destroy.ExitCode, Is.Zero, destroy.Output);
        Assert.That(cloud.State["groups"]!.AsObject(), Is.Empty);
        Assert.That(cloud.Calls.Select(c => c.Line), Has.Some.StartsWith("az keyvault purge --only-show-errors --output json --name kv-"));
        Assert.That(cloud.State["deletedVaults"]!.AsObject(), Is.Empty, "the soft-deleted vault is purged");
        Assert.That(cloud.State["roleAssignments"]!.AsObject().Select(p => (string?)p.Value!["scope"]), Is.EqualTo(new[] { OtherGroupScope }),
            "the assignments at the environment's scopes are removed; one on a group whose name only begins like the cluster's is not");
    }

    private const string Subscription = "/subscriptions/00000000-0000-0000-0000-0000000000aa";
    private const string VaultScope = Subscription + "/resourceGroups/rg-bu0001a0008/providers/Microsoft.KeyVault/vaults/kv-qzs6ldjgjrt6u";
    private const string OtherGroupScope = Subscription + "/resourceGroups/rg-bu0001a0008-other";

    internal static void Seed(JsonObject state, string scope, string principal, string role, string? description)
    {
        var id = $"{scope}/providers/Microsoft.Authorization/roleAssignments/{Guid.NewGuid()}";
        var assignments = state["roleAssignments"] as JsonObject ?? (JsonObject)(state["roleAssignments"] = new JsonObject());
        assignments[id.ToLowerInvariant()] = new JsonObject
        {
            ["id"] = id,
            ["principalId"] = principal,
            ["principalType"] = "User",
            ["roleDefinitionId"] = $"{Subscription}/providers/Microsoft.Authorization/roleDefinitions/{role}",
            ["scope"] = scope,
            ["description"] = description,
        };
    }

    internal static JsonObject? Assignment(FakeCloud cloud, string scope, string principal) =>
        cloud.State["roleAssignments"]!.AsObject().Select(p => p.Value!.AsObject())
            .FirstOrDefault(a => (string?)a["scope"] == scope && (string?)a["principalId"] == principal);

    private static void AssertStageOrder(string output)
    {
        string[] stages =
        [
            "Validate", "Preflight", "Plan", "Provision.Hub", "Provision.Spoke", "Provision.Cluster", "Cluster.Credentials",
            "Images.Import", "Certificates.Import", "Provision.Gateway", "Ingress.Install", "Workload.Apply", "SmokeTest", "Deploy",
        ];
        var report = output[output.LastIndexOf("Task ", StringComparison.Ordinal)..];
        var positions = stages.Select(s => report.IndexOf("\n  " + s + " ", StringComparison.Ordinal)).ToList();
        Assert.That(positions, Has.None.EqualTo(-1), report);
        Assert.That(positions, Is.Ordered, report);
    }

    internal static void AssertNoSecret(FakeCloud cloud, string output)
    {
        var files = CertificateFiles.For(Path.Combine(cloud.Working, "artifacts"), "prod");
        var calls = File.ReadAllText(Path.Combine(cloud.Home, "calls.jsonl"));
        var secrets = new List<string> { "eyJ" };
        if (File.Exists(files.GatewayPfxPasswordFile))
        {
            secrets.Add(File.ReadAllText(files.GatewayPfxPasswordFile).Trim());
            secrets.Add(File.ReadAllLines(files.IngressKey)[1]);
        }

        foreach (var secret in secrets)
        {
            Assert.That(output, Does.Not.Contain(secret), "console output");
            Assert.That(calls, Does.Not.Contain(secret), "command lines");
        }
    }

    internal static List<FakeCall> Lines(IEnumerable<FakeCall> calls, string prefix) =>
        calls.Where(c => c.Line.StartsWith(prefix + " ", StringComparison.Ordinal)).ToList();

    /// <summary>The release a helm call names: its first word after the command, as helm's flag parser reads it.</summary>
    internal static string Release(FakeCall call) =>
        FakeCloudHost.Cli.FlagArguments.Parse(FakeCloudHost.Kubernetes.FakeHelm.Contract, call.Args, (_, flag) => new FakeCloudHost.Cli.CliFailure(1, flag)).Positional[0];

    internal static string? Value(FakeCall call, string option) =>
        call.Args.SkipWhile(a => a != option).Skip(1).FirstOrDefault();

    internal static List<JsonObject> Roles(FakeCloud cloud) =>
        cloud.State["roleAssignments"]!.AsObject().Select(p => p.Value!.AsObject())
            .Where(a => ((string?)a["scope"])?.Contains("/vaults/", StringComparison.Ordinal) == true && (string?)a["principalId"] == "00000000-0000-0000-0000-0000000000cc")
            .ToList();
}
