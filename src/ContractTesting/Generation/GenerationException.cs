namespace ContractTesting.Generation;

/// <summary>A generator could not produce a value (for example a provider-state expression names a value nobody supplied).</summary>
public sealed class GenerationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public GenerationException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public GenerationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public GenerationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
