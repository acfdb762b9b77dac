using System.Text;
using ContractTesting.Json;
using ContractTesting.Models;

namespace ContractTesting.PactFiles;

/// <summary>Reads and writes pact files of every specification version (V1 to V4).</summary>
public static class PactFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Reads a pact file. The version is taken from its metadata; a UTF-8 byte-order mark is accepted.</summary>
    /// <exception cref="PactFormatException">The file is not a valid pact; the message names the file, the JSON path and the problem.</exception>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    public static Pact Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var text = File.ReadAllText(path, Encoding.UTF8);
        try
        {
            return PactReader.Parse(text);
        }
        catch (PactFormatException e)
        {
            throw e.InFile(path);
        }
    }

    /// <summary>Reads a pact file asynchronously (see <see cref="Read"/>).</summary>
    /// <exception cref="PactFormatException">The file is not a valid pact.</exception>
    public static async Task<Pact> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var text = await File.ReadAllTextAsync(path, Encoding.UTF8, cancellationToken).ConfigureAwait(false);
        try
        {
            return PactReader.Parse(text);
        }
        catch (PactFormatException e)
        {
            throw e.InFile(path);
        }
    }

    /// <summary>Parses pact JSON text.</summary>
    /// <exception cref="PactFormatException">The text is not a valid pact; the message names the JSON path and the problem.</exception>
    public static Pact Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return PactReader.Parse(json);
    }

    /// <summary>
    /// The pact as JSON text in the given version (default: the pact's own). The same pact always gives the same
    /// text: two-space indentation, <c>\n</c> line ends, sorted keys, interactions in order, a final newline.
    /// </summary>
    /// <exception cref="InvalidOperationException">The pact holds something the version cannot express.</exception>
    public static string Serialize(Pact pact, PactSpecification? version = null)
    {
        ArgumentNullException.ThrowIfNull(pact);
        return PactJson.Pretty(PactWriter.ToJson(pact, version ?? pact.Specification));
    }

    /// <summary>
    /// Writes the pact to a file (see <see cref="Serialize"/>). The file is replaced atomically: readers see the old
    /// content or the new, never a half-written file.
    /// </summary>
    /// <exception cref="InvalidOperationException">The pact holds something the version cannot express.</exception>
    public static void Write(Pact pact, string path, PactSpecification? version = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var text = Serialize(pact, version);
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            File.WriteAllText(temporary, text, Utf8NoBom);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
