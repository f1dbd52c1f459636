using System.Collections.Concurrent;
using k8s;
using k8s.Models;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Build.Tests.Fakes;

/// <summary>
/// A FAKE Kubernetes API server on 127.0.0.1 (no cluster can run here): serves the few reads the
/// suite's waits make — services, deployments, pods, events — from objects the test sets up, and
/// can make them settle after a number of reads.
/// </summary>
public sealed class FakeKubernetesApi : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _reads = new();

    private FakeKubernetesApi(WebApplication app) => _app = app;

    public string Url => _app.Urls.First();

    /// <summary>Services by "namespace/name": the load balancer IP and after how many reads it appears.</summary>
    public ConcurrentDictionary<string, (string Ip, int AfterReads)> Services { get; } = new();

    /// <summary>Deployments by "namespace/name": replicas and after how many reads they are available (-1: never).</summary>
    public ConcurrentDictionary<string, (int Replicas, int AfterReads)> Deployments { get; } = new();

    /// <summary>Pods reported for a stuck deployment: container waiting reason and message.</summary>
    public List<(string Namespace, string Pod, string Reason, string Message)> StuckPods { get; } = [];

    public static async Task<FakeKubernetesApi> Start()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var fake = new FakeKubernetesApi(app);
        app.MapGet("/version", () => Results.Text("""{"major":"1","minor":"33","gitVersion":"v1.33.2"}""", "application/json"));
        app.MapGet("/api/v1/namespaces/{ns}/services/{name}", (string ns, string name) => fake.Service(ns, name));
        app.MapGet("/apis/apps/v1/namespaces/{ns}/deployments/{name}", (string ns, string name) => fake.Deployment(ns, name));
        app.MapGet("/api/v1/namespaces/{ns}/pods", (string ns) => Json(new V1PodList { Items = fake.Pods(ns).ToList() }));
        app.MapGet("/api/v1/namespaces/{ns}/events", (string ns, HttpRequest request) => Json(new Corev1EventList { Items = fake.Events(ns, request.Query["fieldSelector"]).ToList() }));
        await app.StartAsync();
        return fake;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private IResult Service(string ns, string name)
    {
        if (!Services.TryGetValue($"{ns}/{name}", out var service))
        {
            return NotFound("services", name);
        }

        var reads = _reads.AddOrUpdate($"svc/{ns}/{name}", 1, (_, n) => n + 1);
        var status = reads > service.AfterReads
            ? new V1ServiceStatus { LoadBalancer = new V1LoadBalancerStatus { Ingress = [new V1LoadBalancerIngress { Ip = service.Ip }] } }
            : new V1ServiceStatus { LoadBalancer = new V1LoadBalancerStatus() };
        return Json(new V1Service { ApiVersion = "v1", Kind = "Service", Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = ns }, Status = status });
    }

    private IResult Deployment(string ns, string name)
    {
        if (!Deployments.TryGetValue($"{ns}/{name}", out var deployment))
        {
            return NotFound("deployments.apps", name);
        }

        var reads = _reads.AddOrUpdate($"deploy/{ns}/{name}", 1, (_, n) => n + 1);
        var ready = deployment.AfterReads >= 0 && reads > deployment.AfterReads;
        var available = ready ? deployment.Replicas : Math.Min(reads - 1, deployment.Replicas - 1);
        return Json(new V1Deployment
        {
            ApiVersion = "apps/v1",
            Kind = "Deployment",
            Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = ns, Generation = 2 },
            Spec = new V1DeploymentSpec { Replicas = deployment.Replicas, Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app.kubernetes.io/name"] = name } } },
            Status = new V1DeploymentStatus { ObservedGeneration = 2, Replicas = deployment.Replicas, UpdatedReplicas = deployment.Replicas, AvailableReplicas = Math.Max(available, 0) },
        });
    }

    private IEnumerable<V1Pod> Pods(string ns) =>
        StuckPods.Where(p => p.Namespace == ns).Select(p => new V1Pod
        {
            Metadata = new V1ObjectMeta { Name = p.Pod, NamespaceProperty = ns },
            Status = new V1PodStatus
            {
                ContainerStatuses =
                [
                    new V1ContainerStatus { Name = "app", Ready = false, RestartCount = 0, Image = "x", ImageID = string.Empty, State = new V1ContainerState { Waiting = new V1ContainerStateWaiting { Reason = p.Reason, Message = p.Message } } },
                ],
            },
        });

    private IEnumerable<Corev1Event> Events(string ns, string? fieldSelector) =>
        StuckPods.Where(p => p.Namespace == ns && (fieldSelector ?? string.Empty).EndsWith("=" + p.Pod, StringComparison.Ordinal))
            .Select(p => new Corev1Event
            {
                Metadata = new V1ObjectMeta { Name = p.Pod + ".event", NamespaceProperty = ns },
                InvolvedObject = new V1ObjectReference { Name = p.Pod, Kind = "Pod" },
                Type = "Warning",
                Reason = "Failed",
                Message = p.Message,
                LastTimestamp = DateTime.UtcNow,
            });

    private static IResult NotFound(string kind, string name) =>
        Results.Text($$"""{"kind":"Status","apiVersion":"v1","status":"Failure","message":"{{kind}} \"{{name}}\" not found","reason":"NotFound","code":404}""", "application/json", statusCode: 404);

    private static IResult Json(object value) => Results.Text(KubernetesJson.Serialize(value), "application/json");
}
