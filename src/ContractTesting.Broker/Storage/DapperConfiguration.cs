using System.Data;
using System.Globalization;
using Dapper;

namespace ContractTesting.Broker.Storage;

/// <summary>
/// Dapper's process-wide settings for the broker: snake_case columns map to PascalCase properties, and points in time
/// are <see cref="DateTimeOffset"/> in UTC whether the server keeps them as text (SQLite) or <c>timestamptz</c>.
/// </summary>
internal static class DapperConfiguration
{
    private static int _configured;

    public static void EnsureConfigured()
    {
        if (Interlocked.Exchange(ref _configured, 1) == 1)
        {
            return;
        }

        DefaultTypeMap.MatchNamesWithUnderscores = true;
        SqlMapper.AddTypeHandler(new UtcTimestampHandler());
    }

    private sealed class UtcTimestampHandler : SqlMapper.TypeHandler<DateTimeOffset>
    {
        public override void SetValue(IDbDataParameter parameter, DateTimeOffset value) => parameter.Value = value.UtcDateTime;

        public override DateTimeOffset Parse(object value) => value switch
        {
            DateTime dateTime => new DateTimeOffset(DateTime.SpecifyKind(dateTime, DateTimeKind.Utc)),
            DateTimeOffset offset => offset.ToUniversalTime(),
            string text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
            _ => throw new DataException($"A timestamp column held a {value.GetType().Name}, not a point in time."),
        };
    }
}
