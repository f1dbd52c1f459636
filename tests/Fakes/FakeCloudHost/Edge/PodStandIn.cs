using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection;

namespace FakeCloudHost.Edge;

/// <summary>
/// Stands in for one pod of the workload (the .NET "aspnetapp" sample): plain HTTP, a page whose table
/// names the pod's host name the way aspnetapp does, gzip when asked (or not, to test that check).
/// </summary>
public sealed class PodStandIn : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PodStandIn(WebApplication app, int port, string hostName)
    {
        _app = app;
        Port = port;
        HostName = hostName;
    }

    public int Port { get; }

    public string HostName { get; }

    public Uri Address => new($"http://127.0.0.1:{Port}/");

    public static async Task<PodStandIn> StartAsync(string hostName, int statusCode = StatusCodes.Status200OK, bool gzip = true)
    {
        var builder = LoopbackServer.CreateBuilder(_ => { });
        builder.Services.AddResponseCompression(o => o.Providers.Add<GzipCompressionProvider>());
        var app = builder.Build();
        if (gzip)
        {
            app.UseResponseCompression();
        }

        app.Run(async context =>
        {
            context.Response.StatusCode = statusCode;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(Page(hostName));
        });
        return new PodStandIn(app, await LoopbackServer.StartAsync(app), hostName);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>The shape of aspnetapp's Index page: a table of facts, one row of which is the host name.</summary>
    private static string Page(string hostName) => $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8" /><title>Home page - aspnetapp</title></head>
        <body>
        <div class="text-center"><h1>Welcome to .NET</h1></div>
        <div align="center">
            <table class="table table-striped table-hover">
                <tr>
                    <td>.NET version</td>
                    <td>.NET 10.0.0</td>
                </tr>
                <tr>
                    <td>Operating system</td>
                    <td>Linux (stand-in)</td>
                </tr>
                <tr>
                    <td>Host name</td>
                    <td>{{hostName}}</td>
                </tr>
                <tr>
                    <td style="vertical-align: top">Server IP address</td>
                    <td>127.0.0.1<br /></td>
                </tr>
            </table>
        </div>
        </body>
        </html>
        """;
}
