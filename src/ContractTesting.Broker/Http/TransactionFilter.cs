using ContractTesting.Broker.Storage;

namespace ContractTesting.Broker.Http;

/// <summary>
/// Runs every broker endpoint in one database transaction: committed when the handler returns, rolled back when it
/// throws. A <see cref="BrokerProblem"/> becomes its 4xx answer; a conflict with a concurrent request (see
/// <see cref="SqlDialect.IsTransientConflict"/>) runs the handler again in a fresh transaction, up to
/// <see cref="BrokerOptions.MaxTransactionAttempts"/> times. The answer is written only after the commit, so a client
/// never sees success for writes that were lost.
/// </summary>
internal sealed partial class TransactionFilter(BrokerSession session, BrokerOptions options, ILogger<TransactionFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var method = context.HttpContext.Request.Method;
        session.Write = !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method));
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var result = await next(context).ConfigureAwait(false);
                await session.CommitAsync(CancellationToken.None).ConfigureAwait(false);
                return result;
            }
            catch (BrokerProblem problem)
            {
                await session.RollbackAsync().ConfigureAwait(false);
                return problem.ToResult();
            }
            catch (Exception e) when (attempt < options.MaxTransactionAttempts && session.Dialect.IsTransientConflict(e))
            {
                await session.RollbackAsync().ConfigureAwait(false);
                if (logger.IsEnabled(LogLevel.Information))
                {
                    LogRetry(logger, method, context.HttpContext.Request.Path.Value ?? "", attempt, e.Message);
                }
            }
            catch
            {
                await session.RollbackAsync().ConfigureAwait(false);
                throw;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Path} collided with a concurrent request (attempt {Attempt}: {Reason}); running it again")]
    private static partial void LogRetry(ILogger logger, string method, string path, int attempt, string reason);
}
