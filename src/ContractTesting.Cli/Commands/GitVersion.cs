using System.Diagnostics;

namespace ContractTesting.Cli.Commands;

/// <summary>
/// The version properties <c>-r/--auto-detect-version-properties</c> takes from git, as the official CLI does: the
/// commit of <c>HEAD</c> and the current branch. On a detached <c>HEAD</c> (as CI checks out pull requests) the
/// branch comes from the CI's variables: <c>GITHUB_HEAD_REF</c>, <c>GITHUB_REF_NAME</c>, <c>CI_COMMIT_REF_NAME</c>,
/// <c>BRANCH_NAME</c> or <c>GIT_BRANCH</c>.
/// </summary>
internal static class GitVersion
{
    private static readonly string[] BranchVariables = ["GITHUB_HEAD_REF", "GITHUB_REF_NAME", "CI_COMMIT_REF_NAME", "BRANCH_NAME", "GIT_BRANCH"];

    /// <summary>The commit and the branch (null when there is none).</summary>
    /// <exception cref="InvalidOperationException">git is not installed, or the working directory is not in a repository.</exception>
    public static async Task<(string Commit, string? Branch)> DetectAsync(CliContext context, CancellationToken cancellationToken)
    {
        var commit = await GitAsync(context.WorkingDirectory, cancellationToken, "rev-parse", "HEAD").ConfigureAwait(false);
        var branch = await GitAsync(context.WorkingDirectory, cancellationToken, "rev-parse", "--abbrev-ref", "HEAD").ConfigureAwait(false);
        if (branch == "HEAD")
        {
            branch = BranchVariables.Select(context.Environment).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
        }

        return (commit, branch);
    }

    private static async Task<string> GitAsync(string directory, CancellationToken cancellationToken, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("git could not be started.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"-r/--auto-detect-version-properties needs git, which could not be run: {e.Message}", e);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            return process.ExitCode == 0
                ? (await output.ConfigureAwait(false)).Trim()
                : throw new InvalidOperationException(
                    $"-r/--auto-detect-version-properties: 'git {string.Join(' ', arguments)}' failed in {directory}: {(await error.ConfigureAwait(false)).Trim()}");
        }
    }
}
