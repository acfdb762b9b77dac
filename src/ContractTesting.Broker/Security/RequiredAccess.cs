using System.Text.RegularExpressions;

namespace ContractTesting.Broker.Security;

/// <summary>
/// The access a request needs, as the Pact Broker decides it: reading is <c>GET</c>, <c>HEAD</c> and <c>OPTIONS</c>, plus
/// <c>POST /pacts/provider/{provider}/for-verification</c> (a query sent as a body); everything else writes.
/// </summary>
internal static partial class RequiredAccess
{
    public static AccessLevel For(HttpRequest request)
    {
        var method = request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method))
        {
            return AccessLevel.Read;
        }

        return HttpMethods.IsPost(method) && ForVerification().IsMatch(request.Path.Value ?? "") ? AccessLevel.Read : AccessLevel.Write;
    }

    [GeneratedRegex("^/pacts/provider/[^/]+/for-verification/?$", RegexOptions.CultureInvariant)]
    private static partial Regex ForVerification();
}
