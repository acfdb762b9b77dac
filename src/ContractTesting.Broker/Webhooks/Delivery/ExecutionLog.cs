using System.Globalization;
using System.Text;

namespace ContractTesting.Broker.Webhooks.Delivery;

/// <summary>
/// The log of one attempt, kept with it and shown by <c>/triggered-webhooks/{uuid}/logs</c>: lines as the Pact
/// Broker writes them (<c>[2024-05-01T10:15:30Z] INFO: HTTP/1.1 POST https://…</c>). Every secret registered with
/// <see cref="AddSecret"/> (the password, credential headers) is masked wherever it appears, the bodies included.
/// </summary>
internal sealed class ExecutionLog(TimeProvider time)
{
    private readonly StringBuilder _text = new();
    private readonly HashSet<string> _secrets = new(StringComparer.Ordinal);

    public void Debug(string message) => Write("DEBUG", message);

    public void Info(string message) => Write("INFO", message);

    public void Error(string message) => Write("ERROR", message);

    /// <summary>A value to mask (empty and very short values are ignored, as masking them would garble the log).</summary>
    public void AddSecret(string? value)
    {
        if (value is { Length: >= 3 })
        {
            _secrets.Add(value);
        }
    }

    /// <summary>Masks the secrets in any text (for the parts of a test execution's answer that are not the log).</summary>
    public string Redact(string text)
    {
        foreach (var secret in _secrets.OrderByDescending(s => s.Length))
        {
            text = text.Replace(secret, WebhookRequestTemplate.Mask, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>The log, secrets masked.</summary>
    public override string ToString() => Redact(_text.ToString());

    private void Write(string level, string message)
    {
        var stamp = time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        _text.Append('[').Append(stamp).Append("] ").Append(level).Append(": ").Append(message).Append('\n');
    }
}
