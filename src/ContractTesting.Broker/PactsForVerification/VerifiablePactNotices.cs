using System.Text.Json.Nodes;

namespace ContractTesting.Broker.PactsForVerification;

/// <summary>
/// The notices of a pact to verify, <c>[{"when", "text"}]</c>, in the Pact Broker's words: why it is included and (when
/// pending status was asked for) whether it is pending, then what each outcome of the verification will mean.
/// </summary>
internal static class VerifiablePactNotices
{
    private const string ReadMorePending = "Read more at https://docs.pact.io/go/pending";
    private const string ReadMoreWip = "Read more at https://docs.pact.io/go/wip";
    private const string Deprecation = "WARNING - this version of the Pact library uses a beta version of the API which will be removed in the future. Please upgrade your Pact library. See https://docs.pact.io/pact_broker/advanced_topics/provider_verification_results/#pacts-for-verification for minimum required versions.";

    /// <param name="pact">The pact.</param>
    /// <param name="pactUrl">Its URL, as the inclusion notice names it.</param>
    /// <param name="request">The request (pending status asked for, deprecated form).</param>
    public static JsonArray Build(VerifiablePact pact, string pactUrl, ForVerificationRequest request)
    {
        var notices = new JsonArray();
        void Add(string when, string? text)
        {
            if (text is not null)
            {
                notices.Add(new JsonObject { ["when"] = when, ["text"] = text });
            }
        }

        if (request.Deprecated)
        {
            Add("before_verification", Deprecation);
        }

        Add("before_verification", InclusionReason(pact, pactUrl));
        if (request.IncludePendingStatus)
        {
            var provider = pact.Pact.ProviderName;
            var isPending = pact.Pending == true;
            var forWhom = PendingFor(pact, "any");
            var withTags = pact.PendingProviderTags.Count switch { 0 => "", 1 => "with this tag ", _ => "with these tags " };
            var stillPending = isPending ? $"This pact is still in pending state for {forWhom} as a successful verification result {withTags}has not yet been published" : null;
            Add("before_verification", PendingReason(pact));
            Add("after_verification:success_true_published_false",
                isPending ? $"This pact is still in pending state for {forWhom} as the successful verification results {withTags}have not yet been published." : null);
            Add("after_verification:success_false_published_false", stillPending);
            Add("after_verification:success_true_published_true", isPending
                ? $"This pact is no longer in pending state for {forWhom}, as a successful verification result {withTags}has been published. If a verification for a version of {provider} {withTags}fails in the future, it will fail the build. {ReadMorePending}"
                : null);
            Add("after_verification:success_false_published_true", stillPending);
        }

        return notices;
    }

    private static string InclusionReason(VerifiablePact pact, string url)
    {
        var consumer = pact.Pact.ConsumerName;
        if (pact.Wip)
        {
            var tags = pact.Selectors.Where(s => s.Kind == SelectorKind.LatestTag).Select(s => s.Tag!).Distinct().ToList();
            var branches = pact.Selectors.Where(s => s.Kind is SelectorKind.Branch or SelectorKind.AllBranches).Select(s => s.Branch!).Distinct().ToList();
            var versions = tags.Count == 1 || branches.Count == 1 ? "version" : "versions";
            var parts = new List<string>();
            if (branches.Count > 0)
            {
                parts.Add($"from {(branches.Count == 1 ? "branch" : "branches")} {Quoted(branches)}");
            }

            if (tags.Count > 0)
            {
                parts.Add($"tagged with {Quoted(tags)}");
            }

            var sameContent = pact.Selectors.Count switch { 1 => "", 2 => " (both have the same content)", _ => " (all have the same content)" };
            return $"The pact at {url} is being verified because it is a 'work in progress' pact (ie. it is the pact for the latest {versions} of {consumer} {string.Join(" and ", parts)}{sameContent} and it has not yet been successfully verified by {PendingFor(pact, "a")} when the pact's application version was explicitly specified in the consumer version selectors). {ReadMoreWip}";
        }

        var criteria = pact.Selectors.Count > 1 ? "criteria" : "criterion";
        var versionsText = pact.Selectors.Count == 1 ? "the consumer version" : "the consumer versions";
        return $"The pact at {url} is being verified because the pact content belongs to {versionsText} matching the following {criteria}:\n{SelectorDescriptions.Long(pact, pact.Pact.ProviderName)}";
    }

    private static string PendingReason(VerifiablePact pact)
    {
        var provider = pact.Pact.ProviderName;
        if (pact.Pending == true)
        {
            return pact.Wip
                ? $"This pact is in pending state for this version of {provider} because it was included as a 'work in progress' pact. If this verification fails, it will not cause the overall build to fail. {ReadMorePending}"
                : $"This pact is in pending state for this version of {provider} because a successful verification result for {PendingFor(pact, "a")} has not yet been published. If this verification fails, it will not cause the overall build to fail. {ReadMorePending}";
        }

        var by = pact.ProviderBranch is { } branch ? $"a version of {provider} from branch '{branch}'"
            : pact.NonPendingProviderTags.Count switch
            {
                0 => provider,
                1 => $"a version of {provider} with tag '{pact.NonPendingProviderTags[0]}'",
                _ => $"a version of {provider} with tag {Quoted(pact.NonPendingProviderTags)}",
            };
        return $"This pact has previously been successfully verified by {by}. If this verification fails, it will fail the build. {ReadMorePending}";
    }

    // "any version of P from branch 'b'", "a version of P with tag 't'", "any versions of P with tag 'a' and 'b'", or just P.
    private static string PendingFor(VerifiablePact pact, string anyOrA)
    {
        var provider = pact.Pact.ProviderName;
        if (pact.ProviderBranch is { } branch)
        {
            return $"{anyOrA} version of {provider} from branch '{branch}'";
        }

        return pact.PendingProviderTags.Count switch
        {
            0 => provider,
            1 => $"{anyOrA} version of {provider} with tag '{pact.PendingProviderTags[0]}'",
            _ => $"{anyOrA} versions of {provider} with tag {Quoted(pact.PendingProviderTags)}",
        };
    }

    private static string Quoted(IReadOnlyList<string> words) => SelectorDescriptions.Join([.. words.Select(w => $"'{w}'")]);
}
