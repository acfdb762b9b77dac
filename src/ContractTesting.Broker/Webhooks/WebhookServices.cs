using ContractTesting.Broker.Events;
using ContractTesting.Broker.Webhooks.Delivery;

namespace ContractTesting.Broker.Webhooks;

/// <summary>The webhook services: stores and the event listener per request; the HTTP client, the wake-up signal and the background sender per broker.</summary>
internal static class WebhookServices
{
    public static IServiceCollection AddBrokerWebhooks(this IServiceCollection services, BrokerOptions options)
    {
        services.AddScoped<WebhookStore>();
        services.AddScoped<WebhookReader>();
        services.AddScoped<WebhookFactStore>();
        services.AddScoped<WebhookFactsBuilder>();
        services.AddScoped<TriggeredWebhookStore>();
        services.AddScoped<IBrokerEventListener, WebhookEventListener>();
        services.AddSingleton<DeliverySignal>();
        services.AddSingleton<WebhookSender>();
        services.AddHostedService<WebhookDispatcher>();
        services.AddHttpClient(WebhookSender.ClientName, client => client.Timeout = options.Webhooks.Timeout)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                // A webhook goes where it says and nowhere else.
                AllowAutoRedirect = false,
                UseCookies = false,
                ConnectTimeout = options.Webhooks.Timeout,
            })
            // The default handler logs every URL, and webhook URLs may carry tokens.
            .RemoveAllLoggers();
        return services;
    }
}
