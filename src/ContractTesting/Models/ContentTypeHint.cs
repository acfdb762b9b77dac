namespace ContractTesting.Models;

/// <summary>A V4 <c>contentTypeHint</c>: how a body of an ambiguous content type is stored in a pact file.</summary>
public enum ContentTypeHint
{
    /// <summary>Decide from the content type.</summary>
    Default,

    /// <summary>Store as text.</summary>
    Text,

    /// <summary>Store as base64-encoded binary.</summary>
    Binary,
}
