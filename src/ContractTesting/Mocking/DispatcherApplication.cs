using ContractTesting.HttpMessages;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace ContractTesting.Mocking;

/// <summary>The request callback Kestrel runs: converts each request, lets the dispatcher answer, and writes the answer.</summary>
internal sealed class DispatcherApplication(RequestDispatcher dispatcher) : IHttpApplication<HttpContext>
{
    public HttpContext CreateContext(IFeatureCollection contextFeatures) => new DefaultHttpContext(contextFeatures);

    public async Task ProcessRequestAsync(HttpContext context)
    {
        var request = await HttpConversion.FromContextAsync(context, context.RequestAborted).ConfigureAwait(false);
        var response = dispatcher.Dispatch(request);
        await HttpConversion.WriteAsync(response, context, context.RequestAborted).ConfigureAwait(false);
    }

    public void DisposeContext(HttpContext context, Exception? exception)
    {
    }
}
