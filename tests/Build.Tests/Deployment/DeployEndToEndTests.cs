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
[NonParallelizable]
public sealed class DeployEndToEndTests
{
    [Test]
    public void Deploy_runs_every_stage_in_order_a_second_run_changes_nothing_then_Destroy_takes_everything_away()
    {
        using var cloud = FakeCloud.Start();
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

        var destroy = cloud.Run("--target=Destroy", "--yes");

        Assert.That(destroy.ExitCode, Is.Zero, destroy.Output);
        Assert.That(cloud.State["groups"]!.AsObject(), Is.Empty);
        Assert.That(cloud.Calls.Select(c => c.Line), Has.Some.StartsWith("az keyvault purge --only-show-errors --output json --name kv-"));
        Assert.That(cloud.State["deletedVaults"]!.AsObject(), Is.Empty, "the soft-deleted vault is purged");
        Assert.That(cloud.State["roleAssignments"]!.AsObject(), Is.Empty, "the assignments at the environment's scopes are removed");
    }

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
