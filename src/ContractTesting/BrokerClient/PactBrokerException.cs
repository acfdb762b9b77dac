namespace ContractTesting.BrokerClient;

/// <summary>
/// A request to a Pact Broker failed: it could not be sent, timed out, was answered with an error status, or the
/// answer was not the HAL JSON expected. The message names the request and carries the broker's own
/// <c>errors</c> and <c>notices</c> text.
/// </summary>
public sealed class PactBrokerException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PactBrokerException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public PactBrokerException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the underlying failure.</summary>
    public PactBrokerException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal PactBrokerException(string message, HttpMethod method, Uri requestUri, int? statusCode, IReadOnlyList<string> brokerErrors,
        IReadOnlyList<string> notices, Exception? innerException = null)
        : base(message, innerException)
    {
        Method = method;
        RequestUri = requestUri;
        StatusCode = statusCode;
        BrokerErrors = brokerErrors;
        Notices = notices;
    }

    /// <summary>The request's method, or null when the failure is not about one request.</summary>
    public HttpMethod? Method { get; }

    /// <summary>The request's URL, or null when the failure is not about one request.</summary>
    public Uri? RequestUri { get; }

    /// <summary>The HTTP status the broker answered with, or null when no answer came.</summary>
    public int? StatusCode { get; }

    /// <summary>What the broker's <c>errors</c> said, one entry per message (<c>field: message</c> for field errors). Empty when it said nothing.</summary>
    public IReadOnlyList<string> BrokerErrors { get; } = [];

    /// <summary>The text of the broker's <c>notices</c>. Empty when there were none.</summary>
    public IReadOnlyList<string> Notices { get; } = [];

    /// <summary>How long the broker asked the client to wait before trying again (its <c>Retry-After</c>), or null.</summary>
    internal System.Net.Http.Headers.RetryConditionHeaderValue? RetryAfter { get; init; }

    /// <summary>Whether the broker answered 404 Not Found.</summary>
    public bool IsNotFound => StatusCode == 404;
}
