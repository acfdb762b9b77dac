namespace OrderService.Users;

/// <summary>An event that cannot be handled: not the JSON it should be, or missing what it must carry. Retrying will not help.</summary>
public sealed class InvalidEventException : Exception
{
    public InvalidEventException()
    {
    }

    public InvalidEventException(string message)
        : base(message)
    {
    }

    public InvalidEventException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
