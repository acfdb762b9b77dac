using ContractTesting.Cli.Output;

namespace ContractTesting.Cli.Tests.Support;

/// <summary>Runs <c>contract</c> in process: the entry point with arguments, environment variables and a working directory; output captured.</summary>
internal sealed class ContractRun
{
    private readonly Dictionary<string, string> _environment = [];

    public CapturedWriter Out { get; } = new();

    public CapturedWriter Error { get; } = new();

    public string WorkingDirectory { get; init; } = Path.GetTempPath();

    public ContractRun With(string variable, string value)
    {
        _environment[variable] = value;
        return this;
    }

    public CliContext Context => new(new CliConsole(Out, Error, Colour: false), v => _environment.GetValueOrDefault(v), WorkingDirectory);

    public Task<int> StartAsync(CancellationToken cancellationToken, params string[] args) => ContractCli.RunAsync(args, Context, cancellationToken);

    /// <summary>Runs a command to its end.</summary>
    public static async Task<CliResult> RunAsync(params string[] args) => await new ContractRun().RunInAsync(args);

    public async Task<CliResult> RunInAsync(params string[] args)
    {
        var code = await ContractCli.RunAsync(args, Context, TestContext.Current.CancellationToken);
        return new CliResult(code, Out.Text, Error.Text);
    }

    /// <summary>Waits until standard output has a line containing <paramref name="text"/> (the command is running), or fails after 30 seconds.</summary>
    public async Task<string> WaitForOutputAsync(string text, Task<int> running)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        limit.CancelAfter(TimeSpan.FromSeconds(30));
        while (!Out.Text.Contains(text, StringComparison.Ordinal))
        {
            if (running.IsCompleted)
            {
                Assert.Fail($"The command ended ({await running}) before writing '{text}'.\nstdout: {Out.Text}\nstderr: {Error.Text}");
            }

            await Task.Delay(20, limit.Token);
        }

        return Out.Text;
    }
}
