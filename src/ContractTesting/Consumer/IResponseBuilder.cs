using System.Net;

namespace ContractTesting.Consumer;

/// <summary>Describes the expected response. Defaults to status 200 with no headers and no body.</summary>
public interface IResponseBuilder : IHttpPartBuilder<IResponseBuilder>
{
    /// <summary>The status code.</summary>
    IResponseBuilder WithStatus(HttpStatusCode status);

    /// <summary>The status code as a number.</summary>
    IResponseBuilder WithStatus(int status);

    /// <summary>A status given by a matcher, e.g. <c>Match.StatusCode(StatusCodeGroup.Success, 201)</c>.</summary>
    IResponseBuilder WithStatus(Matcher status);
}
