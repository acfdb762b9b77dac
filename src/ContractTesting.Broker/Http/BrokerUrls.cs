namespace ContractTesting.Broker.Http;

/// <summary>
/// The absolute URLs of the broker's resources, for the request being answered (see <see cref="BaseUrlResolver"/>).
/// Every name in a path is escaped as one segment. Resources add their URLs in partial files beside this one.
/// </summary>
internal sealed partial class BrokerUrls(IHttpContextAccessor accessor, BrokerOptions options)
{
    private string? _base;

    /// <summary>The base URL, without a trailing <c>/</c>.</summary>
    public string Base => _base ??= BaseUrlResolver.Resolve(
        accessor.HttpContext?.Request ?? throw new InvalidOperationException("BrokerUrls is used outside a request."),
        options.BaseUrl);

    /// <summary>The URL of the request being answered (query included).</summary>
    public string Current
    {
        get
        {
            var request = accessor.HttpContext!.Request;
            return Base + request.Path.Value + request.QueryString.Value;
        }
    }

    private static string E(string value) => RouteName.Encode(value);
}
