namespace ContractTesting.Broker.Security;

/// <summary>What a caller may do, in increasing order: each level includes the ones below it.</summary>
internal enum AccessLevel
{
    /// <summary>No valid credentials.</summary>
    None = 0,

    /// <summary>Read: <c>GET</c>, <c>HEAD</c>, <c>OPTIONS</c> and asking for the pacts to verify.</summary>
    Read = 1,

    /// <summary>Read and change anything.</summary>
    Write = 2,
}
