namespace ContractTesting.Matching;

/// <summary>The part of a request, response or message where a mismatch was found.</summary>
public enum MismatchPart
{
    /// <summary>The request method.</summary>
    Method,

    /// <summary>The request path.</summary>
    Path,

    /// <summary>A query parameter.</summary>
    Query,

    /// <summary>A header.</summary>
    Header,

    /// <summary>The body or message contents.</summary>
    Body,

    /// <summary>The content type of the body (the bodies could not be compared at all).</summary>
    BodyContentType,

    /// <summary>The response status.</summary>
    Status,

    /// <summary>A message metadata value.</summary>
    Metadata,
}
