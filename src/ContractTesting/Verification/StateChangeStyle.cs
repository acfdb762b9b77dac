namespace ContractTesting.Verification;

/// <summary>How a state-change request carries the state, its parameters and the action.</summary>
public enum StateChangeStyle
{
    /// <summary>A JSON body: <c>{"state": …, "params": {…}, "action": "setup" | "teardown"}</c>.</summary>
    Body,

    /// <summary>Query parameters: <c>?state=…&amp;action=setup&amp;&lt;param&gt;=&lt;value&gt;</c>, with an empty body.</summary>
    Query,
}
