using ContractTesting.Models;
using ContractTesting.PactFiles;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Consumer;

/// <summary>One pact file's interactions that passed their tests in this process and wait to be written.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable",
    Justification = "One instance per pact file lives as long as the process; its semaphore never waits on a kernel handle.")]
internal sealed class PendingPactFile(string path, PactFileMode mode)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly List<Pact> _unwritten = [];
    private InteractionSet? _known;

    public async Task AddAsync(Pact pact, PactFileMode requested, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (requested != mode)
            {
                throw new InvalidOperationException(
                    $"The pact file '{path}' is written with PactFileMode.{mode} by another test of this process, not {requested}: use one mode per pact file.");
            }

            _known ??= await LoadAsync(pact, cancellationToken).ConfigureAwait(false);
            foreach (var interaction in pact.Interactions)
            {
                _known.EnsureFits(interaction);
            }

            _known.AddRange(pact.Interactions);
            _unwritten.Add(pact);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task WriteAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_unwritten.Count == 0)
            {
                return;
            }

            var metadata = new Dictionary<string, JToken>();
            foreach (var (key, value) in _unwritten.SelectMany(p => p.Metadata))
            {
                metadata[key] = value;
            }

            var pending = _unwritten[^1] with { Interactions = [.. _unwritten.SelectMany(p => p.Interactions)], Metadata = metadata };
            await PactFileMerger.MergeAsync(pending, path, mode, cancellationToken).ConfigureAwait(false);
            _unwritten.Clear();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Forgets the interactions not written yet; a write under way finishes first.</summary>
    public async Task DiscardAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _unwritten.Clear();
        }
        finally
        {
            _gate.Release();
        }
    }

    // What a new interaction must agree with: in Merge mode, the file as it is now; in FreshRun mode nothing, since the
    // run replaces what earlier runs wrote. Interactions this process verifies are added as they pass.
    private async Task<InteractionSet> LoadAsync(Pact first, CancellationToken cancellationToken)
    {
        var known = new InteractionSet($"'{path}'", first.Specification);
        if (mode == PactFileMode.Merge && File.Exists(path))
        {
            var existing = await PactFile.ReadAsync(path, cancellationToken).ConfigureAwait(false);
            known.AddRange(PactFileMerger.Merge(existing, first with { Interactions = [] }, path).Interactions);
        }

        return known;
    }
}
