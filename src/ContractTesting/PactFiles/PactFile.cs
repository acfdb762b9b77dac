using System.Text;
using ContractTesting.IO;
using ContractTesting.Json;
using ContractTesting.Models;

namespace ContractTesting.PactFiles;

/// <summary>Reads and writes pact files of every specification version (V1 to V4).</summary>
public static class PactFile
{
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
        AtomicFile.WriteAllText(path, Serialize(pact, version));
    }

    /// <summary>
    /// Adds the pact's interactions to the pact file at <paramref name="path"/> under a cross-process lock, so tests
    /// running in parallel (in one process or several) never lose an interaction. The result is written atomically,
    /// with interactions in a stable order, so an unchanged suite rewrites the same bytes.
    /// </summary>
    /// <param name="pact">The interactions to add, with the consumer, provider and specification version to write.</param>
    /// <param name="path">The pact file.</param>
    /// <param name="mode">Whether to merge with what the file holds, or start fresh once per test run.</param>
    /// <param name="cancellationToken">Cancels waiting for the lock.</param>
    /// <exception cref="InvalidOperationException">The file holds the same interaction with other content, or another consumer or provider.</exception>
    /// <exception cref="PactFormatException">The existing file is not a valid pact (it is left untouched).</exception>
    /// <exception cref="TimeoutException">The lock could not be taken within 60 seconds.</exception>
    public static Task MergeAsync(Pact pact, string path, PactFileMode mode = PactFileMode.Merge, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pact);
        ArgumentNullException.ThrowIfNull(path);
        return PactFileMerger.MergeAsync(pact, path, mode, cancellationToken);
    }
}
