using System.Net;

namespace OrderService.Tests.Support;

/// <summary>
/// Sits between OrderService's <c>UserServiceClient</c> and the in-memory UserService, and fails the call that
/// <paramref name="fault"/> names (GET is the user check, POST the confirmation); every other call goes through.
/// </summary>
internal sealed class FaultInjectingHandler(UserServiceFault fault, HttpMessageHandler userService) : DelegatingHandler(userService)
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        bool notification = request.Method == HttpMethod.Post;
        return (fault, notification) switch
        {
            (UserServiceFault.ServerErrorOnUserCheck, false) or (UserServiceFault.ServerErrorOnNotification, true) =>
                Task.FromResult(new HttpResponseMessage(HttpStatusCode.InternalServerError) { RequestMessage = request }),
            (UserServiceFault.UnreachableOnUserCheck, false) or (UserServiceFault.UnreachableOnNotification, true) =>
                Task.FromException<HttpResponseMessage>(
                    new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (simulated).")),
            _ => base.SendAsync(request, cancellationToken),
        };
    }
}
