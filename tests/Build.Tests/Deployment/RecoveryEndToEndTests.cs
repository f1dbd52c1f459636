using System.Text.Json.Nodes;
using Build.Deployment;
using Build.Tests.Fakes;

namespace Build.Tests.Deployment;

/// <summary>
/// What a real deployment meets after the first Deploy, one situation at a time, against one FAKE cloud deployed
/// once: a helm release a cancelled run left pending, a registry that already holds the images, another kind of
/// identity signed in with other credentials about, kubelogin outside PATH.
/// </summary>
[Parallelizable(ParallelScope.Self)]
public sealed class RecoveryEndToEndTests
{
    private FakeCloud _cloud = null!;

    [OneTimeSetUp]
    public void Deploy()
    {
        _cloud = FakeCloud.Start();
        var first = _cloud.Run("--target=Workload.Apply");
        Assert.That(first.ExitCode, Is.Zero, first.Output);
    }

    [OneTimeTearDown]
    public void Stop() => _cloud.Dispose();

    [TestCase("pending-upgrade", "rolling it back to its last release", "helm rollback ")]
    [TestCase("pending-install", "uninstalling it to install again", "helm uninstall ")]
    public void A_release_a_cancelled_run_left_pending_is_recovered_before_it_is_installed_again(string status, string said, string recovery)
    {
        _cloud.Change(state =>
        {
            var traefik = state["releases"]!.AsObject().Single(p => p.Key.EndsWith("/traefik", StringComparison.Ordinal)).Value!;
            traefik["status"] = status;
            if (status == "pending-install")
            {
                traefik.AsObject().Remove("lastDeployedRevision");
            }
        });
        var before = _cloud.Calls.Count;

        var run = _cloud.Run("--target=Ingress.Install", "--exclusive");

        Assert.That(run.ExitCode, Is.Zero, run.Output);
        Assert.That(run.Output, Does.Contain($"traefik was left {status} by an interrupted run").And.Contain(said));
        var calls = _cloud.Calls.Skip(before).Select(c => c.Line).ToList();
        Assert.That(calls, Has.Some.StartsWith(recovery));
        Assert.That(calls.FindIndex(c => c.StartsWith(recovery, StringComparison.Ordinal)), Is.LessThan(calls.FindIndex(c => c.StartsWith("helm upgrade ", StringComparison.Ordinal))));
        Assert.That(_cloud.State["releases"]!.AsObject().Single(p => p.Key.EndsWith("/traefik", StringComparison.Ordinal)).Value!["status"]!.ToString(), Is.EqualTo("deployed"));
    }

    [Test]
    public void Images_the_registry_already_holds_are_taken_as_present_and_recorded_again()
    {
        _cloud.Change(state => state["groups"]!["rg-bu0001a0008"]!["tags"]!.AsObject().Remove(ImageImporter.RecordTag));
        var before = _cloud.Calls.Count;

        var run = _cloud.Run("--target=Images.Import", "--exclusive");

        Assert.That(run.ExitCode, Is.Zero, run.Output);
        Assert.That(run.Output, Does.Contain("already has library/traefik"));
        var calls = _cloud.Calls.Skip(before).Select(c => c.Line).ToList();
        Assert.That(calls.Count(c => c.StartsWith("az acr import ", StringComparison.Ordinal)), Is.EqualTo(2));
        Assert.That(calls, Has.None.StartsWith("az acr repository show"));
        Assert.That((string?)_cloud.State["groups"]!["rg-bu0001a0008"]!["tags"]![ImageImporter.RecordTag], Is.Not.Null);
    }

    [TestCase("servicePrincipal")]
    [TestCase("managedIdentity")]
    [TestCase("workloadIdentity")]
    public void Another_identity_reads_the_vault_as_itself_with_no_microsoft_graph_call_whatever_other_credentials_are_about(string kind)
    {
        _cloud.SignInAs(kind);
        var identity = FakeCloudHost.CloudIdentity.For(kind);
        // DefaultAzureCredential would sign in with these first; AzureCliCredential is the identity that holds the role
        _cloud.Environment["AZURE_TENANT_ID"] = "00000000-0000-0000-0000-0000000000bb";
        _cloud.Environment["AZURE_CLIENT_ID"] = "00000000-0000-0000-0000-000000000123";
        _cloud.Environment["AZURE_CLIENT_SECRET"] = "not-the-deploying-identity";
        try
        {
            var before = _cloud.Calls.Count;
            var run = _cloud.Run("--target=Certificates.Import", "--exclusive");

            Assert.That(run.ExitCode, Is.Zero, run.Output);
            Assert.That(run.Output, Does.Contain("Granted Key Vault Reader").And.Contain("holds valid certificates"));
            Assert.That(_cloud.Calls.Skip(before).Select(c => c.Line), Has.None.StartsWith("az ad "));
            Assert.That(DeployEndToEndTests.Assignment(_cloud, VaultScope, identity.ObjectId), Is.Not.Null, "the role went to the signed-in identity's own object id");
            Assert.That(run.Output, Does.Not.Contain("not-the-deploying-identity"));
        }
        finally
        {
            _cloud.Environment.Clear();
            _cloud.SignInAs("user");
        }
    }

    [Test]
    public void Kubelogin_found_outside_path_is_put_on_path_for_kubectl_helm_and_the_kubernetes_client()
    {
        var bin = _cloud.HostEnvironment["PATH"].Split(':')[0];
        var elsewhere = Directory.CreateDirectory(Path.Combine(_cloud.Home, "tools-elsewhere")).FullName;
        File.Move(Path.Combine(bin, "kubelogin"), Path.Combine(elsewhere, "kubelogin"));
        _cloud.Environment["KUBELOGIN_PATH"] = Path.Combine(elsewhere, "kubelogin");
        try
        {
            _cloud.Change(state => state["releases"]!.AsObject().Clear());

            var run = _cloud.Run("--target=Workload.Apply", "--from=Cluster.Credentials");

            Assert.That(run.ExitCode, Is.Zero, run.Output);
            Assert.That(_cloud.Calls.Select(c => c.Line), Has.Some.StartsWith("kubelogin get-token"), "KubernetesClient ran the kubeconfig's kubelogin");
        }
        finally
        {
            File.Move(Path.Combine(elsewhere, "kubelogin"), Path.Combine(bin, "kubelogin"));
            _cloud.Environment.Clear();
        }
    }

    private const string VaultScope = "/subscriptions/00000000-0000-0000-0000-0000000000aa/resourceGroups/rg-bu0001a0008/providers/Microsoft.KeyVault/vaults/kv-qzs6ldjgjrt6u";
}
