using Build.Deployment;
using Build.Tests.Fakes;
using Cake.Core.Diagnostics;
using k8s;

namespace Build.Tests.Deployment;

public sealed class ClusterWaitsTests
{
    private FakeKubernetesApi _api = null!;
    private CapturingConsole _console = null!;
    private ClusterWaits _waits = null!;

    [SetUp]
    public async Task Start()
    {
        _api = await FakeKubernetesApi.Start();
        _console = new CapturingConsole();
        var client = new k8s.Kubernetes(new KubernetesClientConfiguration { Host = _api.Url });
        _waits = new ClusterWaits(client, new CakeBuildLog(_console, Verbosity.Diagnostic), TimeSpan.FromMilliseconds(20));
    }

    [TearDown]
    public async Task Stop() => await _api.DisposeAsync();

    [Test]
    public async Task Waits_until_the_service_gets_the_expected_internal_ip()
    {
        _api.Services["traefik/traefik"] = ("10.240.4.4", 3);

        await _waits.WaitForLoadBalancerIp("traefik", "traefik", "10.240.4.4", TimeSpan.FromSeconds(10));

        Assert.That(_console.Text, Does.Contain("traefik/traefik has its internal IP 10.240.4.4"));
    }

    [Test]
    public async Task A_different_ip_fails_at_once_naming_both()
    {
        _api.Services["traefik/traefik"] = ("10.240.4.9", 0);

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => _waits.WaitForLoadBalancerIp("traefik", "traefik", "10.240.4.4", TimeSpan.FromSeconds(10)));

        Assert.That(failure!.Message, Does.Contain("got 10.240.4.9, expected 10.240.4.4"));
    }

    [Test]
    public async Task No_ip_within_the_timeout_is_a_timeout_with_what_to_check()
    {
        _api.Services["traefik/traefik"] = ("10.240.4.4", int.MaxValue);

        var failure = await Assert.ThrowsAsync<TimeoutException>(() => _waits.WaitForLoadBalancerIp("traefik", "traefik", "10.240.4.4", TimeSpan.FromMilliseconds(200)));

        Assert.That(failure!.Message, Does.Contain("has no load balancer IP"));
    }

    [Test]
    public async Task Waits_for_the_rollout_and_shows_progress()
    {
        _api.Deployments["a0008/aspnetapp"] = (3, 3);

        await _waits.WaitForRollout("a0008", "aspnetapp", TimeSpan.FromSeconds(10));

        Assert.That(_console.Text, Does.Contain("available").And.Contain("rolled out"));
    }

    [Test]
    public async Task A_stuck_rollout_reports_the_pods_state_and_events()
    {
        _api.Deployments["a0008/aspnetapp"] = (2, -1);
        _api.StuckPods.Add(("a0008", "aspnetapp-7d9f-abcde", "ImagePullBackOff", "Back-off pulling image \"acr.azurecr.io/aspnetapp:missing\""));

        var failure = await Assert.ThrowsAsync<TimeoutException>(() => _waits.WaitForRollout("a0008", "aspnetapp", TimeSpan.FromMilliseconds(200)));

        Assert.That(failure!.Message, Does.Contain("did not roll out").And.Contain("ImagePullBackOff"));
        Assert.That(_console.Text, Does.Contain("pod aspnetapp-7d9f-abcde, container app: waiting: ImagePullBackOff").And.Contain("Warning Failed: Back-off pulling image"));
    }

    [Test]
    public async Task A_missing_deployment_says_so()
    {
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => _waits.WaitForRollout("a0008", "aspnetapp", TimeSpan.FromSeconds(1)));

        Assert.That(failure!.Message, Does.Contain("does not exist"));
    }
}
