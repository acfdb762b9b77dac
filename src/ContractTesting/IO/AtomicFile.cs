using System.Text;

namespace ContractTesting.IO;

/// <summary>
/// Replaces files atomically: the text goes to a temporary file beside the target, which is then moved over it, so
/// readers see the old content or the new, never a half-written file, and a failure leaves the old file as it was.
/// </summary>
internal static class AtomicFile
{
    /// <summary>UTF-8 without a byte-order mark: what every file this library writes is encoded as.</summary>
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the text (UTF-8, no byte-order mark), creating the folder if needed.</summary>
    public static void WriteAllText(string path, string text)
    {
        var (full, temporary) = Prepare(path);
        try
        {
            File.WriteAllText(temporary, text, Utf8);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            DeleteLeftover(temporary);
        }
    }

    /// <summary>Writes the text (UTF-8, no byte-order mark) asynchronously, creating the folder if needed.</summary>
    public static async Task WriteAllTextAsync(string path, string text, CancellationToken cancellationToken)
    {
        var (full, temporary) = Prepare(path);
        try
        {
            await File.WriteAllTextAsync(temporary, text, Utf8, cancellationToken).ConfigureAwait(false);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            DeleteLeftover(temporary);
        }
    }

    // After a successful move there is nothing left; after a failure the temporary file (or even its folder, when
    // someone removed it meanwhile) may be gone too, and the failure that matters is the one already on its way.
    private static void DeleteLeftover(string temporary)
    {
        if (File.Exists(temporary))
        {
            File.Delete(temporary);
        }
    }

    private static (string Full, string Temporary) Prepare(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return (full, full + "." + Guid.NewGuid().ToString("N") + ".tmp");
    }
}
