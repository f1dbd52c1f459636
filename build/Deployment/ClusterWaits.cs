using Cake.Core.Diagnostics;
using k8s;
using k8s.Autorest;
using k8s.Models;

namespace Build.Deployment;

/// <summary>
/// Reads the cluster with KubernetesClient while changes settle: the Traefik service's internal IP,
/// a Deployment's rollout. On a timeout it says why, from the pods' states and events. Time is
/// <see cref="TimeProvider"/>'s, so tests move it on instead of waiting.
/// </summary>
public sealed class ClusterWaits(IKubernetes client, ICakeLog log, TimeSpan pollInterval, TimeProvider clock)
{
    /// <summary>The suite's cluster (its kubeconfig, kubelogin on PATH), polled every 5 s.</summary>
    public static ClusterWaits For(DeploymentSession session)
    {
        ClusterCredentials.PutKubeloginOnPath(session);
        var config = KubernetesClientConfiguration.BuildConfigFromConfigFile(KubeconfigLocation.Path(session));
        return new(new k8s.Kubernetes(config), session.Log, TimeSpan.FromSeconds(5), session.Clock);
    }

    /// <summary>Waits until the service's load balancer has <paramref name="expectedIp"/>; a different IP fails at once.</summary>
    public async Task WaitForLoadBalancerIp(string @namespace, string service, string expectedIp, TimeSpan timeout)
    {
        var started = clock.GetTimestamp();
        while (true)
        {
            var current = await Read(() => client.CoreV1.ReadNamespacedServiceAsync(service, @namespace));
            var addresses = current?.Status?.LoadBalancer?.Ingress?.Select(i => i.Ip).OfType<string>().ToList() ?? [];
            if (addresses.Contains(expectedIp))
            {
                log.Information($"{@namespace}/{service} has its internal IP {expectedIp} ({clock.GetElapsedTime(started).TotalSeconds:0} s).");
                return;
            }

            if (addresses.Count > 0)
            {
                throw new InvalidOperationException(
                    $"{@namespace}/{service} got {string.Join(", ", addresses)}, expected {expectedIp} (the spoke's ingressLoadBalancerIp): check the service's azure-load-balancer-ipv4 annotation and that the IP is free in the ingress subnet.");
            }

            if (clock.GetElapsedTime(started) > timeout)
            {
                throw new TimeoutException(
                    $"{@namespace}/{service} has no load balancer IP after {timeout.TotalMinutes:0.#} min: check 'kubectl describe service {service} -n {@namespace}' for events (subnet full, missing Network Contributor role on the ingress subnet).");
            }

            log.Verbose($"{@namespace}/{service}: waiting for its internal IP ({clock.GetElapsedTime(started).TotalSeconds:0} s).");
            await Task.Delay(pollInterval, clock);
        }
    }

    /// <summary>Waits until every replica of the Deployment is updated and available, showing progress.</summary>
    public async Task WaitForRollout(string @namespace, string name, TimeSpan timeout)
    {
        var started = clock.GetTimestamp();
        var last = string.Empty;
        while (true)
        {
            var deployment = await Read(() => client.AppsV1.ReadNamespacedDeploymentAsync(name, @namespace))
                ?? throw new InvalidOperationException($"Deployment {@namespace}/{name} does not exist: was the workload applied?");
            var progress = RolloutProgress.Of(deployment);
            if (progress.Complete)
            {
                log.Information($"{@namespace}/{name}: {progress} — rolled out in {clock.GetElapsedTime(started).TotalSeconds:0} s.");
                return;
            }

            if (progress.ToString() != last)
            {
                log.Information($"{@namespace}/{name}: {progress} ({clock.GetElapsedTime(started).TotalSeconds:0} s)");
                last = progress.ToString();
            }

            if (clock.GetElapsedTime(started) > timeout)
            {
                var diagnosis = await Diagnose(@namespace, deployment);
                throw new TimeoutException($"{@namespace}/{name} did not roll out within {timeout.TotalMinutes:0.#} min ({progress}). {diagnosis}");
            }

            await Task.Delay(pollInterval, clock);
        }
    }

    /// <summary>Prints each unready pod's container states and events; returns the first reason as one line.</summary>
    private async Task<string> Diagnose(string @namespace, V1Deployment deployment)
    {
        var selector = string.Join(",", (deployment.Spec?.Selector?.MatchLabels ?? new Dictionary<string, string>()).Select(p => $"{p.Key}={p.Value}"));
        var pods = await client.CoreV1.ListNamespacedPodAsync(@namespace, labelSelector: selector);
        var reasons = new List<string>();
        foreach (var pod in pods.Items.Where(p => p.Status?.ContainerStatuses?.All(c => c.Ready) != true))
        {
            foreach (var container in pod.Status?.ContainerStatuses ?? [])
            {
                var state = container.State?.Waiting is { } waiting
                    ? $"waiting: {waiting.Reason} {waiting.Message}".Trim()
                    : container.State?.Terminated is { } terminated ? $"terminated: {terminated.Reason} (exit {terminated.ExitCode})" : "running, not ready";
                log.Error($"  pod {pod.Metadata.Name}, container {container.Name}: {state}, restarts {container.RestartCount}");
                reasons.Add($"pod {pod.Metadata.Name}: {state}");
            }

            var events = await client.CoreV1.ListNamespacedEventAsync(@namespace, fieldSelector: $"involvedObject.name={pod.Metadata.Name}");
            foreach (var item in events.Items.OrderBy(e => e.LastTimestamp ?? e.EventTime).TakeLast(5))
            {
                log.Error($"    {item.Type} {item.Reason}: {item.Message}");
            }
        }

        return reasons.Count == 0 ? "No pod reports a reason; see 'kubectl get events -n " + @namespace + "'." : $"First reason: {reasons[0]}.";
    }

    private static async Task<T?> Read<T>(Func<Task<T>> read)
        where T : class
    {
        try
        {
            return await read();
        }
        catch (HttpOperationException exception) when (exception.Response.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return null;
        }
    }
}
