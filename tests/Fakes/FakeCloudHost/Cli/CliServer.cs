using System.Text.Json;
using System.Text.Json.Nodes;
using FakeCloudHost.Az;
using FakeCloudHost.Journal;
using FakeCloudHost.Kubernetes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace FakeCloudHost.Cli;

/// <summary>
/// Answers the thin clients on PATH (<c>POST /cli</c> with the tool, its arguments, its working directory and
/// environment): journals the call, applies injected failures, runs the fake tool under the cloud's lock and
/// returns what the real tool would print and its exit code. <c>GET/PUT /fake/state</c> lets a test read the
/// cloud or set up a situation (e.g. what a killed run left behind).
/// </summary>
public sealed class CliServer(CloudState state, CallJournal journal, FailureInjection failures, Func<string> kubernetesApiUrl, string? realHelm)
{
    public void Map(WebApplication app)
    {
        app.MapPost("/cli", Handle);
        app.MapGet("/fake/state", () =>
        {
            lock (state.Gate)
            {
                return Results.Text(state.Root.ToJsonString(), "application/json");
            }
        });
        app.MapPut("/fake/state", async (HttpRequest request) =>
        {
            var root = await JsonNode.ParseAsync(request.Body) as JsonObject ?? [];
            lock (state.Gate)
            {
                state.Replace(root);
            }

            return Results.NoContent();
        });
        app.MapPut("/fake/identity/{kind}", (string kind) =>
        {
            lock (state.Gate)
            {
                state.Identity = CloudIdentity.For(kind);
            }

            return Results.NoContent();
        });
    }

    private async Task<IResult> Handle(HttpRequest request)
    {
        var body = await JsonNode.ParseAsync(request.Body) as JsonObject ?? [];
        var call = new CliCall(
            (string)body["tool"]!,
            body["args"]!.AsArray().Select(a => (string)a!).ToList(),
            (string?)body["cwd"] ?? Environment.CurrentDirectory,
            (body["env"] as JsonObject ?? []).ToDictionary(p => p.Key, p => (string?)p.Value ?? string.Empty, StringComparer.Ordinal));
        journal.Cli(call.Tool, call.Args, call.Environment);
        var (exitCode, output, error) = Run(call);
        return Results.Text(new JsonObject { ["exitCode"] = exitCode, ["stdout"] = output, ["stderr"] = error }.ToJsonString(JsonSerializerOptions.Default), "application/json");
    }

    private (int ExitCode, string Output, string Error) Run(CliCall call)
    {
        lock (state.Gate)
        {
            try
            {
                failures.Apply(call.Tool, call.Args);
                var output = call.Tool switch
                {
                    "az" => new FakeAz(state, kubernetesApiUrl()).Run(call),
                    "kubectl" => new FakeKubectl(state).Run(call),
                    "helm" => new FakeHelm(state, realHelm).Run(call),
                    "kubelogin" => new FakeKubelogin(state).Run(call),
                    _ => throw new CliFailure(127, $"the fake cloud has no tool '{call.Tool}'"),
                };
                return (0, output, string.Empty);
            }
            catch (CliFailure failure)
            {
                return (failure.ExitCode, string.Empty, failure.Message + "\n");
            }
            finally
            {
                state.Save();
            }
        }
    }
}
