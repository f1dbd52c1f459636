using Build.Tests.Fakes;

namespace Build.Benchmarks;

/// <summary>
/// A no-change Deploy re-run against the FAKE az, kubectl, helm and kubelogin, the fake Kubernetes
/// API and the fake Key Vault (the same stand-ins the end-to-end tests use): every stage that talks
/// to Azure or the cluster, up to Workload.Apply. The smoke test is network time, not the suite's.
/// </summary>
public sealed class DeployRerun(int runs)
{
    public async Task<Measurement> Measure()
    {
        using var cloud = new FakeCloud();
        await using var kubernetes = await FakeKubernetesApi.Start();
        kubernetes.Services["a0008/traefik"] = ("10.240.4.4", 0);
        kubernetes.Deployments["a0008/aspnetapp"] = (2, 0);
        await using var vault = await FakeKeyVault.Start(cloud.Home);
        cloud.Environment["FAKE_KUBE_API"] = kubernetes.Url;
        cloud.Environment["HTTPS_PROXY"] = vault.Proxy.Url;
        cloud.Environment["SSL_CERT_FILE"] = vault.CaBundle;
        cloud.Environment["AZURE_TOKEN_CREDENTIALS"] = "AzureCliCredential";
        string[] deploy = ["--target=Workload.Apply", "--caller-ip=203.0.113.10"];

        var first = cloud.Run(deploy);
        if (first.ExitCode != 0)
        {
            throw new InvalidOperationException("The first fake Deploy failed:\n" + first.Output);
        }

        var before = cloud.Calls.Count;
        var samples = Samples.Measure(runs, () =>
        {
            var rerun = cloud.Run(deploy);
            if (rerun.ExitCode != 0)
            {
                throw new InvalidOperationException("A fake Deploy re-run failed:\n" + rerun.Output);
            }
        });
        var rerunCalls = cloud.Calls.Skip(before).ToList();
        var mutating = rerunCalls.Count(c => c.IsMutating);
        return new Measurement(
            "Deploy re-run, nothing changed (fake CLIs, up to Workload.Apply)", samples, "-", null, "< 60 s, 0 mutating calls",
            samples.Median < 60 && mutating == 0,
            $"{rerunCalls.Count / runs} calls per re-run, {mutating} mutating");
    }
}
