using System.Text.Json.Nodes;
using Build.Deployment;
using Build.Tests.Fakes;
using Cake.Core.Diagnostics;
using FakeCloudHost;
using FakeCloudHost.Az;
using FakeCloudHost.Kubernetes;
using k8s;
using Microsoft.Extensions.Time.Testing;

namespace Build.Tests.Deployment;

/// <summary>The suite's waits against the FAKE Kubernetes API (in-process), with a fake clock: minutes of polling take milliseconds.</summary>
[NonParallelizable]
public sealed class ClusterWaitsTests
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(5);
    private CloudHost _cloud = null!;
    private CapturingConsole _console = null!;
    private FakeTimeProvider _clock = null!;
    private ClusterWaits _waits = null!;

    [OneTimeSetUp]
    public async Task Start() =>
        _cloud = await CloudHost.Start(new CloudHostOptions(Directory.CreateTempSubdirectory("cluster-waits-").FullName));

    [OneTimeTearDown]
    public async Task Stop() => await _cloud.DisposeAsync();

    [SetUp]
    public void Connect()
    {
        Change(root => root.Remove("cluster"));
        _console = new CapturingConsole();
        _clock = new FakeTimeProvider();
        var token = FakeAccessTokens.Issue(_cloud.State.Identity, FakeAks.ServerId, DateTimeOffset.UtcNow.AddHours(1));
        var client = new k8s.Kubernetes(new KubernetesClientConfiguration { Host = _cloud.KubernetesApiUrl, AccessToken = token });
        _waits = new ClusterWaits(client, new CakeBuildLog(_console, Verbosity.Diagnostic), Poll, _clock);
    }

    [Test]
    public async Task Waits_until_the_service_gets_the_expected_internal_ip()
    {
        Service("10.240.4.4");
        Change(root => root["cluster"]!["loadBalancerAfterReads"] = 3);

        await TimeTravel.Run(_clock, () => _waits.WaitForLoadBalancerIp("a0008", "traefik", "10.240.4.4", TimeSpan.FromMinutes(10)), Poll);

        Assert.That(_console.Text, Does.Contain("a0008/traefik has its internal IP 10.240.4.4").And.Contain("waiting for its internal IP"));
    }

    [Test]
    public async Task A_different_ip_fails_at_once_naming_both()
    {
        Service("10.240.4.4");
        Change(root => root["cluster"]!["loadBalancerIps"] = new JsonObject { ["a0008/traefik"] = "10.240.4.9" });

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => TimeTravel.Run(_clock, () => _waits.WaitForLoadBalancerIp("a0008", "traefik", "10.240.4.4", TimeSpan.FromMinutes(10)), Poll));

        Assert.That(failure!.Message, Does.Contain("got 10.240.4.9, expected 10.240.4.4"));
    }

    [Test]
    public async Task No_ip_within_the_timeout_is_a_timeout_with_what_to_check()
    {
        Service("10.240.4.4");
        Change(root => root["cluster"]!["loadBalancerAfterReads"] = int.MaxValue);

        var failure = await Assert.ThrowsAsync<TimeoutException>(() => TimeTravel.Run(_clock, () => _waits.WaitForLoadBalancerIp("a0008", "traefik", "10.240.4.4", TimeSpan.FromMinutes(10)), Poll));

        Assert.That(failure!.Message, Does.Contain("has no load balancer IP after 10 min"));
    }

    [Test]
    public async Task Waits_for_the_rollout_and_shows_progress()
    {
        Deployment();

        await TimeTravel.Run(_clock, () => _waits.WaitForRollout("a0008", "aspnetapp", TimeSpan.FromMinutes(10)), Poll);

        Assert.That(_console.Text, Does.Contain("2/2 available").And.Contain("rolled out"));
    }

    [Test]
    public async Task A_stuck_rollout_reports_the_pods_state_and_events()
    {
        Deployment();
        Change(root => root["cluster"]!["stuck"] = new JsonObject { ["a0008/aspnetapp"] = new JsonObject { ["reason"] = "ImagePullBackOff", ["message"] = "Back-off pulling image \"acr.azurecr.io/aspnetapp:missing\"" } });

        var failure = await Assert.ThrowsAsync<TimeoutException>(() => TimeTravel.Run(_clock, () => _waits.WaitForRollout("a0008", "aspnetapp", TimeSpan.FromMinutes(10)), Poll));

        Assert.That(failure!.Message, Does.Contain("did not roll out within 10 min").And.Contain("ImagePullBackOff"));
        Assert.That(_console.Text, Does.Contain("pod aspnetapp-5d9f7c6b8-pod1, container aspnetapp: waiting: ImagePullBackOff").And.Contain("Warning Failed: Back-off pulling image"));
    }

    [Test]
    public async Task A_missing_deployment_says_so()
    {
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => TimeTravel.Run(_clock, () => _waits.WaitForRollout("a0008", "aspnetapp", TimeSpan.FromMinutes(1)), Poll));

        Assert.That(failure!.Message, Does.Contain("does not exist"));
    }

    private void Service(string ip) => Change(_ => new FakeCluster(_cloud.State).Apply(new JsonObject
    {
        ["apiVersion"] = "v1",
        ["kind"] = "Service",
        ["metadata"] = new JsonObject { ["name"] = "traefik", ["namespace"] = "a0008", ["annotations"] = new JsonObject { ["service.beta.kubernetes.io/azure-load-balancer-ipv4"] = ip } },
        ["spec"] = new JsonObject { ["type"] = "LoadBalancer" },
    }, null));

    private void Deployment() => Change(_ => new FakeCluster(_cloud.State).Apply(new JsonObject
    {
        ["apiVersion"] = "apps/v1",
        ["kind"] = "Deployment",
        ["metadata"] = new JsonObject { ["name"] = "aspnetapp", ["namespace"] = "a0008" },
        ["spec"] = new JsonObject { ["replicas"] = 2, ["selector"] = new JsonObject { ["matchLabels"] = new JsonObject { ["app.kubernetes.io/name"] = "aspnetapp" } } },
    }, null));

    private void Change(Action<JsonObject> change)
    {
        lock (_cloud.State.Gate)
        {
            _cloud.State.Section("cluster");
            change(_cloud.State.Root);
        }
    }
}
