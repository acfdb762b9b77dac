using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace ContractTesting.Broker.Tests.Support;

/// <summary>
/// The built broker (<c>ContractTesting.Broker.dll</c>, copied beside the tests) run as a process of its own on
/// 127.0.0.1, so that a test can kill it the hard way (SIGKILL) and start it again on the same database.
/// </summary>
public sealed partial class BrokerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromMinutes(1);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output;

    private BrokerProcess(Process process, ConcurrentQueue<string> output, Uri baseAddress)
    {
        _process = process;
        _output = output;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>What the broker wrote so far, for failure messages.</summary>
    public string Output => string.Join(Environment.NewLine, _output);

    /// <summary>Starts the broker on the database and waits until it says where it listens.</summary>
    public static async Task<BrokerProcess> StartAsync(TestDatabase database, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var argument in new[]
        {
            Path.Combine(AppContext.BaseDirectory, "ContractTesting.Broker.dll"),
            "--urls", "http://127.0.0.1:0",
            $"--ConnectionStrings:Broker={database.ConnectionString}",
            $"--Broker:DatabaseProvider={database.Provider}",
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Information",
        })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("ASPNETCORE_URLS");
        var output = new ConcurrentQueue<string>();
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, line) => Received(line.Data);
        process.ErrorDataReceived += (_, line) => Received(line.Data);
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException($"The broker exited before listening:{Environment.NewLine}{string.Join(Environment.NewLine, output)}"));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            return new BrokerProcess(process, output, await listening.Task.WaitAsync(StartLimit, cancellationToken));
        }
        catch
        {
            Kill(process);
            process.Dispose();
            throw;
        }

        void Received(string? line)
        {
            if (line is null)
            {
                return;
            }

            output.Enqueue(line);
            if (ListeningLine().Match(line) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups["url"].Value));
            }
        }
    }

    /// <summary>Kills the process outright (SIGKILL: no shutdown, no flushing) and waits until it is gone.</summary>
    public void Kill() => Kill(_process);

    public async ValueTask DisposeAsync()
    {
        Kill(_process);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private static void Kill(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.WaitForExit();
    }

    [GeneratedRegex(@"Now listening on: (?<url>http://\S+)")]
    private static partial Regex ListeningLine();
}
