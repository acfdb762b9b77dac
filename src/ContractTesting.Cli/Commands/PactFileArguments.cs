using ContractTesting.Cli.Parsing;

namespace ContractTesting.Cli.Commands;

/// <summary>Pact files named on the command line: files, folders (their <c>*.json</c> files) and simple globs (<c>pacts/*.json</c>).</summary>
internal static class PactFileArguments
{
    /// <summary>The files, each once, in the order given (a folder's sorted by name).</summary>
    /// <exception cref="UsageException">A path does not exist, or a folder or glob holds no pact file.</exception>
    public static IReadOnlyList<string> Expand(IEnumerable<string> arguments, CliContext context)
    {
        var files = new List<string>();
        foreach (var argument in arguments)
        {
            var path = context.Path(argument);
            var name = Path.GetFileName(path);
            IEnumerable<string> found = File.Exists(path) ? [path]
                : Directory.Exists(path) ? Directory.GetFiles(path, "*.json")
                : name.IndexOfAny(['*', '?']) >= 0 && Directory.Exists(Path.GetDirectoryName(path)) ? Directory.GetFiles(Path.GetDirectoryName(path)!, name)
                : throw new UsageException($"'{argument}' is not a file or a folder");
            var sorted = found.Order(StringComparer.Ordinal).ToList();
            if (sorted.Count == 0)
            {
                throw new UsageException($"'{argument}' holds no pact file (*.json)");
            }

            files.AddRange(sorted.Where(f => !files.Contains(f)));
        }

        return files;
    }
}
