namespace ContractTesting.Broker.PactsForVerification;

/// <summary>Which consumer versions a selector picks (compatibility document, section 3 item 2).</summary>
internal enum SelectorKind
{
    /// <summary><c>{"latest": true}</c>: the newest consumer version that has a pact with the provider.</summary>
    OverallLatest,

    /// <summary><c>{"mainBranch": true}</c>: the head of each consumer's main branch.</summary>
    MainBranch,

    /// <summary><c>{"branch": true}</c>: the head of every branch.</summary>
    AllBranches,

    /// <summary><c>{"branch": "x"}</c> or <c>{"matchingBranch": true}</c>: the head of one branch.</summary>
    Branch,

    /// <summary><c>{"tag": "x", "latest": true}</c>: the newest version with the tag.</summary>
    LatestTag,

    /// <summary><c>{"tag": "x"}</c>: every version with the tag.</summary>
    AllForTag,

    /// <summary><c>{"deployed": true}</c>: the versions currently deployed (to any environment, or to <c>environment</c>).</summary>
    Deployed,

    /// <summary><c>{"released": true}</c>: the versions released and still supported (anywhere, or in <c>environment</c>).</summary>
    Released,

    /// <summary><c>{"environment": "x"}</c>: the versions currently deployed or supported there.</summary>
    Environment,
}
