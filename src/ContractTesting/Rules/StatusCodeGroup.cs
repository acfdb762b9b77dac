namespace ContractTesting.Rules;

/// <summary>A class of HTTP status codes, for <see cref="StatusCodeRule"/>.</summary>
public enum StatusCodeGroup
{
    /// <summary>100–199 (written as <c>info</c>).</summary>
    Information,

    /// <summary>200–299 (<c>success</c>).</summary>
    Success,

    /// <summary>300–399 (<c>redirect</c>).</summary>
    Redirect,

    /// <summary>400–499 (<c>clientError</c>).</summary>
    ClientError,

    /// <summary>500–599 (<c>serverError</c>).</summary>
    ServerError,

    /// <summary>Anything below 400 (<c>nonError</c>).</summary>
    NonError,

    /// <summary>400 and above (<c>error</c>).</summary>
    Error,
}
