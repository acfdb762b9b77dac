namespace ContractTesting.Cli.Output;

/// <summary>ANSI colours and emphasis, or the plain text when colour is off.</summary>
internal readonly record struct Style(bool Enabled)
{
    public string Green(string text) => Wrap("32", text);

    public string Red(string text) => Wrap("31", text);

    public string Yellow(string text) => Wrap("33", text);

    public string Bold(string text) => Wrap("1", text);

    public string Dim(string text) => Wrap("2", text);

    /// <summary>A broker notice coloured by its type, as the official CLI colours them.</summary>
    public string Notice(string type, string text) => type switch
    {
        "success" => Green(text),
        "warning" or "prompt" => Yellow(text),
        "error" or "danger" => Red(text),
        _ => text,
    };

    private string Wrap(string code, string text) => Enabled ? $"\u001b[{code}m{text}\u001b[0m" : text;
}
