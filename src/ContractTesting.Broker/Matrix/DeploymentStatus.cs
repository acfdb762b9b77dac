namespace ContractTesting.Broker.Matrix;

/// <summary>
/// The verdict on a matrix result. <see cref="Deployable"/> is false when a version that was asked about does not
/// exist; null (unknown) when a row that counts has no verification, or a required integration has no row; otherwise
/// true when every row that counts passed (also when there are none). Pending pacts count like any other.
/// </summary>
internal sealed class DeploymentStatus
{
    private readonly MatrixResult _result;
    private readonly IReadOnlyList<MatrixIntegration> _requiredWithoutRow;

    public DeploymentStatus(MatrixResult result)
    {
        _result = result;
        var rows = result.AllRows.ToList();
        _requiredWithoutRow = [.. result.Integrations.Where(i => i.Required && !rows.Any(r => r.ConsumerId == i.ConsumerId && r.ProviderId == i.ProviderId))];
        Deployable = Decide();
        Reasons = [.. Warnings(), .. Errors() is { Count: > 0 } errors ? errors : Successes()];
    }

    public bool? Deployable { get; }

    public IReadOnlyList<MatrixReason> Reasons { get; }

    public int SuccessCount => _result.Considered.Count(r => r.Success == true);

    public int FailedCount => _result.Considered.Count(r => r.Success == false);

    public int UnknownCount => _requiredWithoutRow.Count + _result.Considered.Count(r => r.Success is null);

    /// <summary>How many rows were ignored, or null when nothing was to be ignored.</summary>
    public int? IgnoredCount => _result.IgnoreSelectors.Count > 0 ? _result.Ignored.Count : null;

    private bool? Decide()
    {
        if (_result.Selectors.Any(s => s.SpecifiedButMissing && !s.Ignored))
        {
            return false;
        }

        if (_result.Considered.Any(r => r.Success is null) || _requiredWithoutRow.Count > 0)
        {
            return null;
        }

        return _result.Considered.All(r => r.Success == true);
    }

    private List<MatrixReason> Errors()
    {
        var missing = _result.Selectors.Where(s => s.SpecifiedButMissing && !s.Ignored)
            .Select(s => MatrixReason.Error(ResolvedSelectorDescriptions.NotFound(s))).ToList();
        if (missing.Count > 0)
        {
            return [.. missing.Distinct()];
        }

        var errors = new List<MatrixReason>();
        errors.AddRange(_requiredWithoutRow.Select(i => NotVerified(SelectorFor(i.ConsumerName, null, null), SelectorFor(i.ProviderName, null, null))));
        errors.AddRange(_result.Considered.Where(r => r.Success == false).Select(r =>
            MatrixReason.Error($"The verification for the pact between {ConsumerOf(r).Description} and {ProviderOf(r).Description} failed")));
        errors.AddRange(_result.Considered.Where(r => r.Success is null).Select(r => NotVerified(ConsumerOf(r), ProviderOf(r))));
        return [.. errors.Distinct()];
    }

    private IEnumerable<MatrixReason> Warnings()
    {
        foreach (var selector in _result.IgnoreSelectors.Where(s => !s.PacticipantExists || !s.VersionExists))
        {
            yield return MatrixReason.Warning($"WARN: Cannot ignore {selector.Description}");
        }

        var specified = _result.Selectors.Where(s => s.IsSpecified).ToList();
        if (specified.Count == 1 && !_result.Query.HasDestination)
        {
            yield return MatrixReason.Warning(
                "WARN: It is recommended to specify the environment into which you are deploying. Without the environment, this result will not be reliable.");
        }

        if (specified.Any(s => !s.Original.OnlyPacticipant) && !specified.Any(s => s.Original.Version is not null))
        {
            yield return MatrixReason.Warning(
                "WARN: It is recommended to specify the version number (rather than the tag or branch) of the pacticipant you wish to deploy to avoid race conditions. Without a version number, this result will not be reliable.");
        }
    }

    private IEnumerable<MatrixReason> Successes()
    {
        if (_result.Considered.All(r => r.Success == true) && _requiredWithoutRow.Count == 0)
        {
            yield return MatrixReason.Success(_result.Considered.Count > 0
                ? "All required verification results are published and successful"
                : "There are no missing dependencies");
        }
    }

    private static MatrixReason NotVerified(ResolvedSelector consumer, ResolvedSelector provider) =>
        MatrixReason.Error($"There is no verified pact between {consumer.Description} and {provider.Description}");

    private ResolvedSelector ConsumerOf(MatrixRow row) => SelectorFor(row.ConsumerName, row.ConsumerVersionId, row.ConsumerVersionNumber);

    private ResolvedSelector ProviderOf(MatrixRow row) => SelectorFor(row.ProviderName, row.ProviderVersionId, row.ProviderVersionNumber);

    // The selector that brought this pacticipant's version into the answer; a plain one for versions no selector named.
    private ResolvedSelector SelectorFor(string pacticipant, long? versionId, string? number)
    {
        var candidates = _result.Selectors.Where(s => s.PacticipantName == pacticipant).ToList();
        if (candidates.Count == 1)
        {
            return candidates[0];
        }

        var plain = new ResolvedSelector
        {
            Original = new MatrixSelector { Pacticipant = pacticipant },
            Role = SelectorRole.Inferred,
            PacticipantId = 0,
            PacticipantName = pacticipant,
            VersionId = versionId,
            VersionNumber = versionId is null ? null : number,
        };
        return versionId is null ? plain : candidates.FirstOrDefault(s => s.VersionId == versionId) ?? plain;
    }
}
