using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Build.Tools.Bicep;

/// <summary>
/// One long-lived <c>bicep jsonrpc --stdio</c> for a whole run: the compiler starts once (about a second, most
/// of a bicep command's cost here) and then answers compile, snapshot and file-reference requests in
/// milliseconds. JSON-RPC 2.0 with LSP-style Content-Length framing, the methods of Bicep's
/// ICliJsonRpcProtocol (src/Bicep.Cli/Rpc/ICliJsonRpcProtocol.cs). If the process dies, every pending and
/// later request fails with one line saying so.
/// </summary>
public sealed class BicepServer : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly Process _process;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode?>> _pending = new();
    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly StringBuilder _errors = new();
    private readonly Task _errorReader;
    private readonly Task _responseReader;
    private int _nextId;
    private volatile string? _ended;

    private BicepServer(Process process)
    {
        _process = process;
        _errorReader = Task.Run(async () =>
        {
            while (await process.StandardError.ReadLineAsync() is { } line)
            {
                lock (_errors)
                {
                    _errors.AppendLine(line);
                }
            }
        });
        _responseReader = Task.Run(ReadResponses);
    }

    public static BicepServer Start(string executable)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("jsonrpc");
        start.ArgumentList.Add("--stdio");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

        // A compiler that lives for one run spends most of its time starting: without the instrumented tier (PGO) and
        // with a larger first GC generation, its first compilation of the cluster template is about 15 % faster here.
        start.Environment["DOTNET_TieredPGO"] = "0";
        start.Environment["DOTNET_GCgen0size"] = "0x8000000";
        return new BicepServer(Process.Start(start) ?? throw new ToolFailedException("bicep", -1, "bicep jsonrpc --stdio", "the process did not start"));
    }

    /// <summary>Compiles a .bicep file: success, every diagnostic (the linter's included) and the ARM template.</summary>
    public async Task<BicepCompilation> Compile(string path) =>
        (await Call("bicep/compile", new JsonObject { ["path"] = path })).Deserialize<BicepCompilation>(Json)!;

    /// <summary>Compiles a .bicepparam file: success and every diagnostic.</summary>
    public async Task<BicepCompilation> CompileParams(string path) =>
        (await Call("bicep/compileParams", new JsonObject { ["path"] = path, ["parameterOverrides"] = new JsonObject() })).Deserialize<BicepCompilation>(Json)!;

    /// <summary>The snapshot of a .bicepparam file (the predicted resources with parameters resolved), as <c>bicep snapshot</c> writes it.</summary>
    public async Task<string> Snapshot(string path, BicepSnapshotScope scope)
    {
        var result = await Call("bicep/getSnapshot", new JsonObject
        {
            ["path"] = path,
            ["metadata"] = JsonSerializer.SerializeToNode(scope, Json),
        });
        return (string?)result?["snapshot"] ?? throw new ToolFailedException("bicep", 0, "bicep/getSnapshot " + path, "the answer had no snapshot");
    }

    /// <summary>Every file a compilation of <paramref name="path"/> reads (modules, imports, loaded files, bicepconfig.json).</summary>
    public async Task<IReadOnlyList<string>> FileReferences(string path) =>
        ((await Call("bicep/getFileReferences", new JsonObject { ["path"] = path }))?["filePaths"] as JsonArray ?? [])
            .Select(p => (string)p!).ToList();

    public void Dispose()
    {
        _ended ??= "was stopped at the end of the run";
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // already gone
        }

        _process.Dispose();
        Fail();
    }

    private async Task<JsonNode?> Call(string method, JsonObject parameters)
    {
        var id = Interlocked.Increment(ref _nextId);
        var answer = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = answer;
        if (_ended is not null)
        {
            Fail();
            return await answer.Task;
        }

        var body = Encoding.UTF8.GetBytes(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters }.ToJsonString());
        await _writer.WaitAsync();
        try
        {
            var stream = _process.StandardInput.BaseStream;
            await stream.WriteAsync(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
            await stream.WriteAsync(body);
            await stream.FlushAsync();
        }
        catch (IOException)
        {
            // it is gone: the response reader sees the end of its output and fails every request with its last words
            await _responseReader;
        }
        finally
        {
            _writer.Release();
        }

        return await answer.Task;
    }

    private async Task ReadResponses()
    {
        var stream = _process.StandardOutput.BaseStream;
        try
        {
            while (true)
            {
                var length = await ReadHeaders(stream);
                if (length < 0)
                {
                    break;
                }

                var body = new byte[length];
                await stream.ReadExactlyAsync(body);
                var message = JsonNode.Parse(body)!.AsObject();
                if ((int?)message["id"] is not { } id || !_pending.TryRemove(id, out var answer))
                {
                    continue;
                }

                if (message["error"] is JsonObject error)
                {
                    answer.TrySetException(new ToolFailedException("bicep", 1, "bicep jsonrpc", (string?)error["message"] ?? error.ToJsonString()));
                }
                else
                {
                    answer.TrySetResult(message["result"]);
                }
            }
        }
        catch (Exception exception) when (exception is IOException or EndOfStreamException or JsonException)
        {
            // the process is gone or wrote something that is not JSON-RPC: fail whatever waits
        }

        // its last words on stderr say why it ended
        try
        {
            await _errorReader.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (TimeoutException)
        {
        }

        _ended ??= "ended";
        Fail();
    }

    private static async Task<int> ReadHeaders(Stream stream)
    {
        var header = new StringBuilder();
        var one = new byte[1];
        while (!header.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await stream.ReadAsync(one) == 0)
            {
                return -1;
            }

            header.Append((char)one[0]);
        }

        var line = header.ToString().Split("\r\n").FirstOrDefault(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
        return line is null ? -1 : int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Every pending request fails with one line: what happened to the compiler and its last words.</summary>
    private void Fail()
    {
        string last;
        lock (_errors)
        {
            last = ErrorText.Trim(_errors.ToString());
        }

        var failure = new ToolFailedException("bicep", -1, "bicep jsonrpc --stdio", $"the bicep compiler process {_ended}{(last.Length > 0 ? ": " + last : string.Empty)}");
        foreach (var id in _pending.Keys.ToList())
        {
            if (_pending.TryRemove(id, out var answer))
            {
                answer.TrySetException(failure);
            }
        }
    }
}

/// <summary>The deployment scope a snapshot is evaluated in (getSnapshot's metadata).</summary>
public sealed record BicepSnapshotScope(string TenantId, string SubscriptionId, string ResourceGroup, string Location, string DeploymentName);

/// <summary>What a compilation answers: success, its diagnostics and (for a template) the ARM JSON.</summary>
public sealed record BicepCompilation(bool Success, IReadOnlyList<BicepRpcDiagnostic> Diagnostics, string? Contents);

/// <summary>One diagnostic: where (zero-based line and character), how bad, which rule, what.</summary>
public sealed record BicepRpcDiagnostic(string Source, BicepRange Range, string Level, string Code, string Message);

public sealed record BicepRange(BicepPosition Start, BicepPosition End);

public sealed record BicepPosition(int Line, int Char);
