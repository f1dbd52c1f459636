using System.Text.Json.Nodes;
using Build.Certificates;
using Build.Tests.Certificates;
using Build.Tests.Fakes;
using Build.Tests.SmokeTests;

namespace Build.Tests.Deployment;

/// <summary>
/// ./build.sh --target=Deploy and Destroy end to end against the FAKE az, kubectl, helm and kubelogin
/// (tests/Fakes/FakeCli), a fake Kubernetes API, a fake Key Vault behind a fake HTTPS proxy, and the
/// loopback TLS stand-ins for App Gateway and Traefik — no Azure or cluster can run here.
/// </summary>
[NonParallelizable]
public sealed class DeployEndToEndTests
{
    private const string CallerIp = "203.0.113.10";

    [Test]
    public async Task Deploy_runs_every_stage_in_order_and_a_second_run_changes_nothing_then_Destroy_purges_the_vault()
    {
        await using var stack = await FakeStack.Start();
        stack.Cloud.Fail("az", "deployment group create", "ERROR: (TooManyRequests) The request is being throttled. Retry after 5 seconds.", times: 1);

        var first = stack.Deploy();

        Assert.That(first.ExitCode, Is.Zero, first.Output);
        Assert.That(first.Output, Does.Contain("Azure answered TooManyRequests").And.Contain("retrying"), "the throttled deployment is retried and said so");
        AssertStageOrder(first.Output);
        var calls = stack.Cloud.Calls;
        TestContext.Out.WriteLine($"first run: {calls.Count} calls, {calls.Count(c => c.IsMutating)} mutating");
        Assert.That(Lines(calls, "az deployment group create").Select(c => Value(c, "--name")),
            Is.EqualTo(new[] { "aks-baseline-prod-hub", "aks-baseline-prod-hub", "aks-baseline-prod-spoke", "aks-baseline-prod-cluster", "aks-baseline-prod-cluster" }),
            "hub twice (throttled once), spoke, cluster without and then with App Gateway");
        Assert.That(Lines(calls, "az deployment group create")[3].Args, Does.Contain("appGatewayEnabled=false"));
        Assert.That(Lines(calls, "az deployment group create")[4].Args, Does.Not.Contain("appGatewayEnabled=false"));

        var spoke = Lines(calls, "az deployment group create")[2];
        Assert.That(spoke.Environment["AKS_BASELINE_FIREWALL_PRIVATE_IP"], Is.EqualTo("10.200.0.4"), "the hub's outputs reach the spoke");
        var cluster = Lines(calls, "az deployment group create")[3];
        Assert.That(cluster.Environment["AKS_BASELINE_INGRESS_LOAD_BALANCER_IP"], Is.EqualTo("10.240.4.4"), "the spoke's outputs reach the cluster");
        Assert.That(Lines(calls, "az acr import"), Has.Count.EqualTo(2));
        Assert.That(Lines(calls, "helm upgrade").Select(c => c.Args[3]), Is.EqualTo(new[] { "csi-secrets-store-provider-azure", "traefik" }));
        Assert.That(stack.Vault.Certificates.Keys, Is.EquivalentTo(new[] { "bicycle-gateway-tls", "aks-ingress-tls" }));
        Assert.That(stack.Vault.Secrets.Keys, Is.EquivalentTo(new[] { "aks-ingress-root-ca" }));
        Assert.That(Vault(stack)["ipRules"]!.AsArray(), Is.Empty, "the temporary firewall rule is closed again");
        Assert.That(stack.Cloud.State["roleAssignments"]!.AsObject().Count, Is.Zero, "the temporary roles are removed again");
        AssertNoSecret(stack, first.Output);

        var before = stack.Cloud.Calls.Count;
        var second = stack.Deploy();
        TestContext.Out.WriteLine(second.Output[second.Output.LastIndexOf("Task ", StringComparison.Ordinal)..]);

        Assert.That(second.ExitCode, Is.Zero, second.Output);
        var rerun = stack.Cloud.Calls.Skip(before).ToList();
        TestContext.Out.WriteLine($"second run: {rerun.Count} calls, {rerun.Count(c => c.IsMutating)} mutating");
        Assert.That(rerun.Where(c => c.IsMutating).Select(c => c.Line), Is.Empty, "a re-run with nothing changed makes no mutating call");
        Assert.That(second.Output, Does.Contain("is up to date").And.Contain("nothing to import"));
        AssertNoSecret(stack, second.Output);

        var destroy = stack.Cloud.Run("--target=Destroy", "--yes");

        Assert.That(destroy.ExitCode, Is.Zero, destroy.Output);
        Assert.That(stack.Cloud.State["groups"]!.AsObject().Count, Is.Zero);
        Assert.That(stack.Cloud.Calls.Select(c => c.Line), Has.Some.StartsWith("az keyvault purge --only-show-errors --output json --name kv-"));
        Assert.That(stack.Cloud.State["keyVaults"]!.AsObject().Count, Is.Zero, "the soft-deleted vault is purged");
    }

    [Test]
    public async Task A_permanent_failure_stops_the_run_at_once_and_from_resumes_it_without_redeploying()
    {
        await using var stack = await FakeStack.Start();
        stack.Cloud.Fail("az", "acr import", "ERROR: (InvalidParameter) The source image 'docker.io/library/traefik:v3.6.0' was not found.", times: null);

        var failed = stack.Deploy();

        Assert.That(failed.ExitCode, Is.EqualTo(1));
        Assert.That(failed.Output, Does.Contain("az failed (exit code 1): ERROR: (InvalidParameter) The source image"));
        Assert.That(failed.Output, Does.Contain("What to try: fix the cause above and re-run"));
        Assert.That(failed.Output, Does.Not.Contain("retrying"), "a permanent error is not retried");
        Assert.That(failed.Output, Does.Not.Contain("   at "), "no stack trace");
        Assert.That(Lines(stack.Cloud.Calls, "az acr import"), Has.Count.EqualTo(1));

        stack.Cloud.ClearFailures();
        var before = stack.Cloud.Calls.Count;
        var resumed = stack.Deploy("--from=Images.Import");

        Assert.That(resumed.ExitCode, Is.Zero, resumed.Output);
        var calls = stack.Cloud.Calls.Skip(before).ToList();
        Assert.That(Lines(calls, "az deployment group create"), Has.Count.EqualTo(1), "only Provision.Gateway deploys: the earlier stages are re-read, not redeployed");
        Assert.That(Lines(calls, "az deployment group show"), Is.Not.Empty);
        Assert.That(resumed.Output, Does.Contain("skipped (--from=Images.Import)"));
    }

    [Test]
    public async Task An_import_that_fails_closes_the_vault_again_and_the_next_run_cleans_any_leftover()
    {
        await using var stack = await FakeStack.Start();
        stack.Cloud.Fail("az", "role assignment create", "ERROR: (AuthorizationFailed) The client does not have authorization to perform action 'Microsoft.Authorization/roleAssignments/write'.", times: 1);

        var failed = stack.Deploy();

        Assert.That(failed.ExitCode, Is.EqualTo(1), failed.Output);
        Assert.That(failed.Output, Does.Contain("AuthorizationFailed"));
        Assert.That(Vault(stack)["ipRules"]!.AsArray(), Is.Empty, "the rule opened before the failure is closed again");
        Assert.That(Vault(stack)["tags"]!.AsObject().ContainsKey("aks-baseline-open-ip"), Is.False);

        // a run killed half-way leaves the recorded rule behind: the next run removes it first
        Vault(stack, vault =>
        {
            vault["ipRules"]!.AsArray().Add("198.51.100.7/32");
            vault["tags"]!["aks-baseline-open-ip"] = "198.51.100.7/32";
        });
        var resumed = stack.Deploy("--from=Certificates.Import");

        Assert.That(resumed.ExitCode, Is.Zero, resumed.Output);
        Assert.That(resumed.Output, Does.Contain("An earlier import left"));
        Assert.That(Vault(stack)["ipRules"]!.AsArray(), Is.Empty);
    }

    private static void AssertStageOrder(string output)
    {
        string[] stages =
        [
            "Validate", "Preflight", "Plan", "Provision.Hub", "Provision.Spoke", "Provision.Cluster", "Cluster.Credentials",
            "Images.Import", "Certificates.Generate", "Certificates.Import", "Provision.Gateway", "Ingress.Install",
            "Workload.Apply", "SmokeTest", "Deploy",
        ];
        var report = output[output.LastIndexOf("Task ", StringComparison.Ordinal)..];
        var positions = stages.Select(s => report.IndexOf("\n  " + s + " ", StringComparison.Ordinal)).ToList();
        Assert.That(positions, Has.None.EqualTo(-1), report);
        Assert.That(positions, Is.Ordered, report);
    }

    private static void AssertNoSecret(FakeStack stack, string output)
    {
        var files = CertificateFiles.For(Path.Combine(stack.Cloud.Working, "artifacts"), "prod");
        var password = File.ReadAllText(files.GatewayPfxPasswordFile).Trim();
        var key = File.ReadAllLines(files.IngressKey)[1];
        var calls = File.ReadAllText(Path.Combine(stack.Cloud.Home, "calls.jsonl"));
        foreach (var secret in new[] { password, key })
        {
            Assert.That(output, Does.Not.Contain(secret), "console output");
            Assert.That(calls, Does.Not.Contain(secret), "command lines");
        }
    }

    private static List<FakeCall> Lines(IEnumerable<FakeCall> calls, string prefix) =>
        calls.Where(c => c.Line.StartsWith(prefix + " ", StringComparison.Ordinal)).ToList();

    private static string? Value(FakeCall call, string option) =>
        call.Args.SkipWhile(a => a != option).Skip(1).FirstOrDefault();

    private static JsonObject Vault(FakeStack stack) =>
        stack.Cloud.State["keyVaults"]!.AsObject().Single().Value!.AsObject();

    private static void Vault(FakeStack stack, Action<JsonObject> change)
    {
        var path = Path.Combine(stack.Cloud.Home, "state.json");
        var state = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        change(state["keyVaults"]!.AsObject().Single().Value!.AsObject());
        File.WriteAllText(path, state.ToJsonString());
    }

    /// <summary>Everything one end-to-end run talks to.</summary>
    private sealed class FakeStack : IAsyncDisposable
    {
        private FakeStack(FakeCloud cloud, FakeKubernetesApi kubernetes, FakeKeyVault vault, BaselineCertificates certificates, BaselineHarness harness)
        {
            Cloud = cloud;
            Kubernetes = kubernetes;
            Vault = vault;
            Certificates = certificates;
            Harness = harness;
        }

        public FakeCloud Cloud { get; }

        public FakeKubernetesApi Kubernetes { get; }

        public FakeKeyVault Vault { get; }

        public BaselineCertificates Certificates { get; }

        public BaselineHarness Harness { get; }

        public static async Task<FakeStack> Start()
        {
            var cloud = new FakeCloud();
            var kubernetes = await FakeKubernetesApi.Start();
            kubernetes.Services["a0008/traefik"] = ("10.240.4.4", 1);
            kubernetes.Deployments["a0008/aspnetapp"] = (2, 1);
            var vault = await FakeKeyVault.Start(cloud.Home);
            cloud.Environment["FAKE_KUBE_API"] = kubernetes.Url;
            cloud.Environment["HTTPS_PROXY"] = vault.Proxy.Url;
            cloud.Environment["SSL_CERT_FILE"] = vault.CaBundle;
            cloud.Environment["AZURE_TOKEN_CREDENTIALS"] = "AzureCliCredential";

            // The smoke test's stand-ins serve the certificates the run itself generates, so make them first
            // (Deploy keeps valid certificates as they are). Offline work: in-process, since the fake cloud's runs
            // pass --retry-delay-seconds, which Certificates.Generate alone does not read.
            var (generated, output) = HostRun.Run(cloud.Working, "--target=Certificates.Generate", "--exclusive");
            Assert.That(generated, Is.Zero, output);
            var certificates = new BaselineCertificates(CertificateFiles.For(Path.Combine(cloud.Working, "artifacts"), "prod"));
            var harness = await BaselineHarness.StartAsync(certificates);
            return new FakeStack(cloud, kubernetes, vault, certificates, harness);
        }

        public BuildRun Deploy(params string[] args) =>
            Cloud.Run([.. args, "--target=Deploy", $"--caller-ip={CallerIp}", $"--endpoint={Harness.Gateway}", "--rollout-timeout-seconds=30"]);

        public async ValueTask DisposeAsync()
        {
            await Harness.DisposeAsync();
            Certificates.Dispose();
            await Vault.DisposeAsync();
            await Kubernetes.DisposeAsync();
            Cloud.Dispose();
        }
    }
}
