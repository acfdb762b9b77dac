using System.Net;

namespace OrderService.Clients;

/// <summary>
/// UserService could not do its part: it answered with a 5xx (<see cref="UserServiceException.StatusCode"/> is set),
/// or it could not be reached or did not answer in time (the status is null and
/// <see cref="Exception.InnerException"/> holds the cause).
/// </summary>
public sealed class UserServiceUnavailableException : UserServiceException
{
    public UserServiceUnavailableException()
    {
    }

    public UserServiceUnavailableException(string message)
        : base(message)
    {
    }

    public UserServiceUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public UserServiceUnavailableException(string message, HttpStatusCode statusCode)
        : base(message, statusCode)
    {
    }
}
