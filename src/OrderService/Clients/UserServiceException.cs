using System.Net;

namespace OrderService.Clients;

/// <summary>
/// UserService answered in a way that <see cref="UserServiceClient"/> cannot use: a status it does not expect there
/// (a 4xx other than the 404 that means "no such user"), or a body that is not the expected JSON.
/// </summary>
public class UserServiceException : Exception
{
    public UserServiceException()
    {
    }

    public UserServiceException(string message)
        : base(message)
    {
    }

    public UserServiceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public UserServiceException(string message, HttpStatusCode statusCode)
        : base(message)
    {
        StatusCode = statusCode;
    }

    /// <summary>The status that UserService answered with; null when no answer came (see <see cref="Exception.InnerException"/>).</summary>
    public HttpStatusCode? StatusCode { get; }
}
