namespace ContractTesting.Sources;

/// <summary>A pact source could not be read: a missing file or folder, an invalid pact, an unreachable or failing broker.</summary>
public sealed class PactSourceException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PactSourceException()
    {
    }

    /// <summary>Creates the exception with a message that says which source failed and why.</summary>
    public PactSourceException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the underlying failure.</summary>
    public PactSourceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
