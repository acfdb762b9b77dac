using System.Text.Json.Nodes;

namespace ContractTesting.Broker.Http;

/// <summary>
/// A request the broker refuses: a client's mistake (4xx) with the JSON body the Pact CLI prints,
/// <c>{"errors": …, "notices": […]}</c>. Thrown anywhere in a handler; <see cref="TransactionFilter"/> rolls the
/// request's writes back and answers with it.
/// </summary>
internal sealed class BrokerProblem : Exception
{
    public BrokerProblem()
        : this(StatusCodes.Status400BadRequest, new JsonArray("The request is invalid."), null)
    {
    }

    public BrokerProblem(string message)
        : this(StatusCodes.Status400BadRequest, new JsonArray(message), null)
    {
    }

    public BrokerProblem(string message, Exception innerException)
        : base(message, innerException)
    {
        StatusCode = StatusCodes.Status400BadRequest;
        Errors = new JsonArray(message);
    }

    private BrokerProblem(int statusCode, JsonNode errors, JsonArray? notices)
        : base(errors.ToJsonString())
    {
        StatusCode = statusCode;
        Errors = errors;
        Notices = notices;
    }

    public int StatusCode { get; }

    /// <summary>An array of messages, or an object of field → messages.</summary>
    public JsonNode Errors { get; }

    public JsonArray? Notices { get; }

    /// <summary>400 with errors by field.</summary>
    public static BrokerProblem Invalid(ValidationErrors errors) => new(StatusCodes.Status400BadRequest, errors.ToJson(), null);

    /// <summary>400 with a list of messages (<c>{"errors": ["…", …]}</c>).</summary>
    public static BrokerProblem Invalid(IEnumerable<string> messages) =>
        new(StatusCodes.Status400BadRequest, new JsonArray([.. messages.Select(message => (JsonNode?)message)]), null);

    /// <summary>400 with one error for one field.</summary>
    public static BrokerProblem Invalid(string field, string message)
    {
        var errors = new ValidationErrors();
        errors.Add(field, message);
        return Invalid(errors);
    }

    /// <summary>422: the request is well formed but asks for a change the resource cannot make.</summary>
    public static BrokerProblem Unprocessable(string field, string message)
    {
        var errors = new ValidationErrors();
        errors.Add(field, message);
        return new(StatusCodes.Status422UnprocessableEntity, errors.ToJson(), null);
    }

    public static BrokerProblem NotFound(string message) => new(StatusCodes.Status404NotFound, new JsonArray(message), null);

    /// <summary>409 with the notices that explain it and the errors by field.</summary>
    public static BrokerProblem Conflict(JsonArray notices, JsonObject errors) => new(StatusCodes.Status409Conflict, errors, notices);

    public static BrokerProblem UnsupportedMediaType(string message) => new(StatusCodes.Status415UnsupportedMediaType, new JsonArray(message), null);

    public static BrokerProblem TooLarge(long limit) => new(
        StatusCodes.Status413PayloadTooLarge,
        new JsonArray($"The request body is larger than the broker accepts ({limit} bytes; see BrokerOptions.MaxRequestBodyBytes)."),
        null);

    public IResult ToResult()
    {
        var body = new JsonObject { ["errors"] = Errors.DeepClone() };
        if (Notices is not null)
        {
            body["notices"] = Notices.DeepClone();
        }

        return new JsonResponse(body, StatusCode, JsonResponse.ErrorContentType);
    }
}
