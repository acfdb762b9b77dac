using ContractTesting.Broker.Events;
using ContractTesting.Broker.Pacticipants;
using ContractTesting.Broker.Tags;
using ContractTesting.Broker.Versions;

namespace ContractTesting.Broker.Publishing;

/// <summary>What a publication did, and the notices that tell the client.</summary>
internal sealed record PublishOutcome(
    PacticipantRow Pacticipant,
    VersionRow Version,
    IReadOnlyList<TagRow> Tags,
    IReadOnlyList<PublishedPact> Pacts,
    IReadOnlyList<BrokerNotice> Notices);
