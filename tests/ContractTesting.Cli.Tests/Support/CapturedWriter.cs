using System.Text;

namespace ContractTesting.Cli.Tests.Support;

/// <summary>A text writer whose text a test can read while a command is still writing to it (the broker, the mock).</summary>
internal sealed class CapturedWriter : TextWriter
{
    private readonly StringBuilder _text = new();

    public override Encoding Encoding => Encoding.UTF8;

    public string Text
    {
        get
        {
            lock (_text)
            {
                return _text.ToString();
            }
        }
    }

    public override void Write(char value)
    {
        lock (_text)
        {
            _text.Append(value);
        }
    }

    public override void Write(string? value)
    {
        lock (_text)
        {
            _text.Append(value);
        }
    }
}
