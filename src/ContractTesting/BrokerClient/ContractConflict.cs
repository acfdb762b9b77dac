namespace ContractTesting.BrokerClient;

/// <summary>What the broker does when a pact is published again for a consumer version that already has one (<c>onConflict</c>).</summary>
public enum ContractConflict
{
    /// <summary>
    /// Replace it (<c>overwrite</c>, the official CLI's default). A broker that forbids changing a published version's
    /// content refuses changed content with 409; the same content is accepted as "no content changes".
    /// </summary>
    Overwrite,

    /// <summary>Add the new interactions to the published pact (<c>merge</c>, the CLI's <c>--merge</c>); a changed interaction is a conflict.</summary>
    Merge,
}
