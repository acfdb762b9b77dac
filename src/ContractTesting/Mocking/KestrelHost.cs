using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ContractTesting.Mocking;

/// <summary>
/// Kestrel on its own, without a generic host: a mock server needs a socket and a request callback, and skipping the
/// host's configuration, dependency injection and lifetime services makes it ready in a fraction of a millisecond.
/// </summary>
internal static class KestrelHost
{
    // Kestrel's HTTPS set-up takes its configuration service, host environment and loggers from the options' services:
    // an empty application (never started), built once, provides them.
    private static readonly Lazy<IServiceProvider> HttpsServices = new(() =>
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseKestrelHttpsConfiguration();
        return builder.Build().Services;
    });

    public static KestrelServer Create(MockServerOptions options, X509Certificate2? certificate)
    {
        var kestrel = new KestrelServerOptions { AddServerHeader = false };
        if (certificate is not null)
        {
            kestrel.ApplicationServices = HttpsServices.Value;
        }

        kestrel.Listen(IPAddress.Parse(options.Host), options.Port, listen =>
        {
            if (certificate is not null)
            {
                listen.UseHttps(certificate);
            }
        });
        var transport = new SocketTransportFactory(Options.Create(new SocketTransportOptions()), NullLoggerFactory.Instance);
        return new KestrelServer(Options.Create(kestrel), transport, NullLoggerFactory.Instance);
    }
}
