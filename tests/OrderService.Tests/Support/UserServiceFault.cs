namespace OrderService.Tests.Support;

/// <summary>How the link from OrderService to UserService fails, if at all (see <see cref="FaultInjectingHandler"/>).</summary>
public enum UserServiceFault
{
    None,

    /// <summary>The user check (<c>GET /api/users/{id}</c>) gets a 500.</summary>
    ServerErrorOnUserCheck,

    /// <summary>The confirmation (<c>POST /api/users/{id}/notifications</c>) gets a 500.</summary>
    ServerErrorOnNotification,

    /// <summary>The user check fails to connect (<see cref="HttpRequestException"/>).</summary>
    UnreachableOnUserCheck,

    /// <summary>The confirmation fails to connect (<see cref="HttpRequestException"/>).</summary>
    UnreachableOnNotification,
}
