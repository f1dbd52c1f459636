using System.Text.Json.Nodes;
using FakeCloudHost.Az;
using FakeCloudHost.Journal;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace FakeCloudHost.Kubernetes;

/// <summary>
/// The FAKE Kubernetes API server over the FAKE cluster: the reads the suite's waits make (services,
/// deployments, pods, events), for a caller with an Entra ID token for the AKS server application (what
/// kubelogin hands out), in the API's own shapes (Status objects for errors). A LoadBalancer service gets
/// its IP after <see cref="FakeCluster.LoadBalancerAfterReads"/> reads, a Deployment is available at once
/// unless the test made it stuck.
/// </summary>
public sealed class FakeKubernetesApi(CloudState state, CallJournal journal)
{
    public void Map(WebApplication app)
    {
        app.MapGet("/version", (HttpContext http) => Serve(http, () => Json(new JsonObject { ["major"] = "1", ["minor"] = "35", ["gitVersion"] = "v1.35.1", ["platform"] = "linux/amd64" })));
        app.MapGet("/api/v1/namespaces/{ns}/services/{name}", (string ns, string name, HttpContext http) => Serve(http, () => Service(ns, name)));
        app.MapGet("/apis/apps/v1/namespaces/{ns}/deployments/{name}", (string ns, string name, HttpContext http) => Serve(http, () => Deployment(ns, name)));
        app.MapGet("/api/v1/namespaces/{ns}/pods", (string ns, HttpContext http) => Serve(http, () => Pods(ns, http.Request.Query["labelSelector"])));
        app.MapGet("/api/v1/namespaces/{ns}/events", (string ns, HttpContext http) => Serve(http, () => Events(ns, http.Request.Query["fieldSelector"])));
    }

    private IResult Serve(HttpContext http, Func<IResult> read)
    {
        journal.Http("kubernetes", http.Request.Method, http.Request.Path + http.Request.QueryString);
        var claims = FakeAccessTokens.Read(http.Request.Headers.Authorization);
        if (claims is null || (string?)claims["aud"] != FakeAks.ServerId)
        {
            return Status(401, "Unauthorized", "Unauthorized");
        }

        lock (state.Gate)
        {
            var result = read();
            state.Save();
            return result;
        }
    }

    private IResult Service(string ns, string name)
    {
        var cluster = new FakeCluster(state);
        if (cluster.Get("v1", "Service", ns, name)?.DeepClone() is not JsonObject service)
        {
            return NotFound("services", name);
        }

        var status = new JsonObject { ["loadBalancer"] = new JsonObject() };
        if ((string?)service["spec"]?["type"] == "LoadBalancer" && cluster.Read($"service/{ns}/{name}") > cluster.LoadBalancerAfterReads)
        {
            var ip = cluster.LoadBalancerIpOverride(ns, name) ?? (string?)service["metadata"]?["annotations"]?["service.beta.kubernetes.io/azure-load-balancer-ipv4"];
            if (ip is not null)
            {
                status["loadBalancer"] = new JsonObject { ["ingress"] = new JsonArray(new JsonObject { ["ip"] = ip, ["ipMode"] = "VIP" }) };
            }
        }

        service["status"] = status;
        return Json(service);
    }

    private IResult Deployment(string ns, string name)
    {
        var cluster = new FakeCluster(state);
        if (cluster.Get("apps/v1", "Deployment", ns, name)?.DeepClone() is not JsonObject deployment)
        {
            return NotFound("deployments.apps", name);
        }

        var replicas = Replicas(cluster, deployment, ns, name);
        deployment["spec"]!["replicas"] = replicas;
        var available = cluster.Stuck(ns, name) is null ? replicas : 0;
        deployment["status"] = new JsonObject
        {
            ["observedGeneration"] = deployment["metadata"]!["generation"]!.DeepClone(),
            ["replicas"] = replicas,
            ["updatedReplicas"] = replicas,
            ["readyReplicas"] = available,
            ["availableReplicas"] = available,
        };
        return Json(deployment);
    }

    /// <summary>Without spec.replicas a Deployment starts at 1 and its HorizontalPodAutoscaler raises it to minReplicas.</summary>
    private static int Replicas(FakeCluster cluster, JsonObject deployment, string ns, string name)
    {
        var hpa = cluster.All("HorizontalPodAutoscaler", ns).FirstOrDefault(h => (string?)h["spec"]?["scaleTargetRef"]?["name"] == name);
        var declared = (int?)deployment["spec"]?["replicas"] ?? 1;
        return hpa is null ? declared : Math.Max(declared, (int?)hpa["spec"]?["minReplicas"] ?? 1);
    }

    private IResult Pods(string ns, string? labelSelector)
    {
        var cluster = new FakeCluster(state);
        var pods = new JsonArray();
        foreach (var deployment in cluster.All("Deployment", ns).Where(d => Selects(d, labelSelector)))
        {
            var name = (string)deployment["metadata"]!["name"]!;
            var stuck = cluster.Stuck(ns, name);
            for (var i = 0; i < Replicas(cluster, deployment, ns, name); i++)
            {
                var state = stuck is null
                    ? new JsonObject { ["running"] = new JsonObject { ["startedAt"] = DateTimeOffset.UtcNow.ToString("O") } }
                    : new JsonObject { ["waiting"] = new JsonObject { ["reason"] = stuck["reason"]!.DeepClone(), ["message"] = stuck["message"]!.DeepClone() } };
                pods.Add(new JsonObject
                {
                    ["apiVersion"] = "v1",
                    ["kind"] = "Pod",
                    ["metadata"] = new JsonObject { ["name"] = $"{name}-5d9f7c6b8-pod{i + 1}", ["namespace"] = ns },
                    ["status"] = new JsonObject
                    {
                        ["phase"] = stuck is null ? "Running" : "Pending",
                        ["containerStatuses"] = new JsonArray(new JsonObject
                        {
                            ["name"] = name,
                            ["ready"] = stuck is null,
                            ["restartCount"] = 0,
                            ["image"] = "fake",
                            ["imageID"] = string.Empty,
                            ["state"] = state,
                        }),
                    },
                });
            }
        }

        return Json(new JsonObject { ["apiVersion"] = "v1", ["kind"] = "PodList", ["metadata"] = new JsonObject(), ["items"] = pods });
    }

    private IResult Events(string ns, string? fieldSelector)
    {
        var cluster = new FakeCluster(state);
        var pod = (fieldSelector ?? string.Empty).Split('=').LastOrDefault() ?? string.Empty;
        var items = new JsonArray();
        foreach (var deployment in cluster.All("Deployment", ns))
        {
            var name = (string)deployment["metadata"]!["name"]!;
            if (cluster.Stuck(ns, name) is { } stuck && pod.StartsWith(name + "-", StringComparison.Ordinal))
            {
                items.Add(new JsonObject
                {
                    ["metadata"] = new JsonObject { ["name"] = pod + ".event", ["namespace"] = ns },
                    ["involvedObject"] = new JsonObject { ["kind"] = "Pod", ["name"] = pod, ["namespace"] = ns },
                    ["type"] = "Warning",
                    ["reason"] = "Failed",
                    ["message"] = stuck["message"]!.DeepClone(),
                    ["lastTimestamp"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ"),
                });
            }
        }

        return Json(new JsonObject { ["apiVersion"] = "v1", ["kind"] = "EventList", ["metadata"] = new JsonObject(), ["items"] = items });
    }

    private static bool Selects(JsonObject deployment, string? labelSelector)
    {
        var labels = deployment["spec"]?["selector"]?["matchLabels"] as JsonObject ?? [];
        return (labelSelector ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s.Split('=', 2))
            .All(s => s.Length == 2 && (string?)labels[s[0]] == s[1]);
    }

    private static IResult NotFound(string kind, string name) => Status(404, "NotFound", $"{kind} \"{name}\" not found");

    private static IResult Status(int code, string reason, string message) =>
        Json(new JsonObject { ["kind"] = "Status", ["apiVersion"] = "v1", ["metadata"] = new JsonObject(), ["status"] = "Failure", ["message"] = message, ["reason"] = reason, ["code"] = code }, code);

    private static IResult Json(JsonObject body, int status = 200) => Results.Text(body.ToJsonString(), "application/json", statusCode: status);
}
