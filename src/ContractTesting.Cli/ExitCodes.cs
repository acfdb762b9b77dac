namespace ContractTesting.Cli;

/// <summary>The exit codes, as the official <c>pact broker</c> CLI's.</summary>
internal static class ExitCodes
{
    /// <summary>Success (and can-i-deploy answered yes, or ran with <c>--dry-run</c> or <c>-o json</c>).</summary>
    public const int Success = 0;

    /// <summary>The broker, a provider or a pact failed, or can-i-deploy did not answer yes.</summary>
    public const int Failure = 1;

    /// <summary>The command line is wrong (as clap's usage errors).</summary>
    public const int Usage = 2;
}
