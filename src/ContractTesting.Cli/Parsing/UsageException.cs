namespace ContractTesting.Cli.Parsing;

/// <summary>The command line is wrong: the message says what, and the command's usage is shown with it (exit code 2).</summary>
internal sealed class UsageException : Exception
{
    public UsageException()
    {
    }

    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
