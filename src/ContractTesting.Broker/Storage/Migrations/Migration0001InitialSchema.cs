namespace ContractTesting.Broker.Storage.Migrations;

/// <summary>
/// The whole data model of the Pact Broker API (compatibility document, section 7), so later features add
/// endpoints rather than tables. "Latest" lookups read indexes ordered by <c>version_order</c> (creation
/// sequence, never semver); the <c>*_heads</c>/<c>latest_*</c>/<c>currently_*</c> tables are kept up to date on write
/// so can-i-deploy and pacts-for-verification do not scan history.
/// </summary>
internal static class Migration0001InitialSchema
{
    public static Migration Migration { get; } = new(1, "initial schema", """
        CREATE TABLE pacticipants (
          id {id},
          name TEXT NOT NULL,
          display_name TEXT NULL,
          main_branch TEXT NULL,
          repository_url TEXT NULL,
          repository_name TEXT NULL,
          repository_namespace TEXT NULL,
          created_at {timestamp} NOT NULL,
          updated_at {timestamp} NOT NULL,
          CONSTRAINT pacticipants_name_unique UNIQUE (name)
        );
        CREATE TABLE labels (
          pacticipant_id BIGINT NOT NULL REFERENCES pacticipants (id) ON DELETE CASCADE,
          name TEXT NOT NULL,
          created_at {timestamp} NOT NULL,
          updated_at {timestamp} NOT NULL,
          PRIMARY KEY (pacticipant_id, name)
        );
        CREATE INDEX labels_name ON labels (name);
        /*postgresql*/ CREATE SEQUENCE version_order_seq;
        CREATE TABLE versions (
          id {id},
          pacticipant_id BIGINT NOT NULL REFERENCES pacticipants (id) ON DELETE CASCADE,
          number TEXT NOT NULL,
          version_order BIGINT NOT NULL,
          build_url TEXT NULL,
          created_at {timestamp} NOT NULL,
          updated_at {timestamp} NOT NULL,
          CONSTRAINT versions_pacticipant_number_unique UNIQUE (pacticipant_id, number),
          CONSTRAINT versions_pacticipant_order_unique UNIQUE (pacticipant_id, version_order)
        );
        CREATE TABLE branches (
          id {id},
          pacticipant_id BIGINT NOT NULL REFERENCES pacticipants (id) ON DELETE CASCADE,
          name TEXT NOT NULL,
          created_at {timestamp} NOT NULL,
          updated_at {timestamp} NOT NULL,
          CONSTRAINT branches_pacticipant_name_unique UNIQUE (pacticipant_id, name)
        );
        CREATE TABLE branch_versions (
          id {id},
          branch_id BIGINT NOT NULL REFERENCES branches (id) ON DELETE CASCADE,
          version_id BIGINT NOT NULL REFERENCES versions (id) ON DELETE CASCADE,
          pacticipant_id BIGINT NOT NULL REFERENCES pacticipants (id) ON DELETE CASCADE,
          branch_name TEXT NOT NULL,
          version_order BIGINT NOT NULL,
          auto_created {bool} NOT NULL,
          created_at {timestamp} NOT NULL,
          updated_at {timestamp} NOT NULL,
          CONSTRAINT branch_versions_branch_version_unique UNIQUE (branch_id, version_id)
        );
        CREATE INDEX branch_versions_version ON branch_versions (version_id);
        CREATE INDEX branch_versions_branch_order ON branch_versions (branch_id, version_order);
        CREATE INDEX branch_versions_pacticipant_name_order ON branch_versions (pacticipant_id, branch_name, version_order);
        CREATE TABLE branch_heads (
          branch_id BIGINT NOT NULL PRIMARY KEY REFERENCES branches (id) ON DELETE CASCADE,
          branch_version_id BIGINT NOT NULL REFERENCES branch_versions (id) ON DELETE CASCADE,
          version_id BIGINT NOT NULL REFERENCES versions (id) ON DELETE CASCADE,
          pacticipant_id BIGINT NOT NULL REFERENCES pacticipants (id) ON DELETE CASCADE,
          branch_name TEXT NOT NULL,
          version_order BIGINT NOT NULL
        );
        CREATE INDEX branch_heads_pacticipant_name ON branch_heads (pacticipant_id, branch_name);
        CREATE INDEX branch_heads_version ON branch_heads (version_id);
        CREATE TABLE tags (
          version_id BIGINT NOT NULL REFERENCES versions (id) ON DELETE CASCADE,
          name TEXT NOT NULL,
          pacticipant_id BIGINT NOT NULL REFERENCES pacticipants (id) ON DELETE CASCADE,
          version_order BIGINT NOT NULL,
          created_at {timestamp} NOT NULL,
          updated_at {timestamp} NOT NULL,
          PRIMARY KEY (version_id, name)
        );
        CREATE INDEX tags_pacticipant_name_order ON tags (pacticipant_id, name, version_order);
        CREATE TABLE pact_versions (
          id {id},
          consumer_id BIGINT NOT NULL REFERENCES pacticipants (id) ON DELETE CASCADE,
          provider_id BIGINT NOT NULL REFERENCES pacticipants (id) ON DELETE CASCADE,
          sha TEXT NOT NULL,
          content TEXT NOT NULL,
          interactions_count INTEGER NOT NULL,
          messages_count INTEGER NOT NULL,
          created_at {timestamp} NOT NULL,
          CONSTRAINT pact_versions_consumer_provider_sha_unique UNIQUE (consumer_id, provider_id, sha)
        );
        CREATE INDEX pact_versions_provider ON pact_versions (provider_id);
        CREATE TABLE pact_publications (
          id {id},
          consumer_version_id BIGINT NOT NULL REFERENCES versions (id) ON DELETE CASCADE,
          provider_id BIGINT NOT NULL REFERENCES pacticipants (id) ON DELETE CASCADE,
          consumer_id BIGINT NOT NULL REFERENCES pacticipants (id) ON DELETE CASCADE,
          revision_number INTEGER NOT NULL,
          pact_version_id BIGINT NOT NULL REFERENCES pact_versions (id) ON DELETE CASCADE,
          consumer_version_order BIGINT NOT NULL,
          created_at {timestamp} NOT NULL,
          CONSTRAINT pact_publications_version_provider_revision_unique UNIQUE (consumer_version_id, provider_id, revision_number)
        );
        CREATE INDEX pact_publications_pact_version ON pact_publications (pact_version_id);
        CREATE INDEX pact_publications_integration_order ON pact_publications (provider_id, consumer_id, consumer_version_order);
        CREATE TABLE latest_pact_publication_ids_for_consumer_versions (
          consumer_version_id BIGINT NOT NULL REFERENCES versions (id) ON DELETE CASCADE,
          provider_id BIGINT NOT NULL REFERENCES pacticipants (id) ON DELETE CASCADE,
          consumer_id BIGINT NOT NULL REFERENCES pacticipants (id) ON DELETE CASCADE,
          pact_publication_id BIGINT NOT NULL REFERENCES pact_publications (id) ON DELETE CASCADE,
          pact_version_id BIGINT NOT NULL REFERENCES pact_versions (id) ON DELETE CASCADE,
          consumer_version_order BIGINT NOT NULL,
          created_at {timestamp} NOT NULL,
          PRIMARY KEY (consumer_version_id, provider_id)
        );
        CREATE INDEX latest_pact_publications_pact_version ON latest_pact_publication_ids_for_consumer_versions (pact_version_id);
        CREATE INDEX latest_pact_publications_integration_order ON latest_pact_publication_ids_for_consumer_versions (provider_id, consumer_id, consumer_version_order);
        CREATE TABLE integrations (
          id {id},
          consumer_id BIGINT NOT NULL REFERENCES pacticipants (id) ON DELETE CASCADE,
          provider_id BIGINT NOT NULL REFERENCES pacticipants (id) ON DELETE CASCADE,
          contract_data_updated_at {timestamp} NULL,
          created_at {timestamp} NOT NULL,
          CONSTRAINT integrations_consumer_provider_unique UNIQUE (consumer_id, provider_id)
        );
        CREATE INDEX integrations_provider ON integrations (provider_id);
        CREATE TABLE verifications (
          id {id},
          number INTEGER NOT NULL,
          success {bool} NOT NULL,
          provider_version_id BIGINT NOT NULL REFERENCES versions (id) ON DELETE CASCADE,
          pact_version_id BIGINT NOT NULL REFERENCES pact_versions (id) ON DELETE CASCADE,
          consumer_id BIGINT NOT NULL REFERENCES pacticipants (id) ON DELETE CASCADE,
          provider_id BIGINT NOT NULL REFERENCES pacticipants (id) ON DELETE CASCADE,
          build_url TEXT NULL,
          execution_date {timestamp} NOT NULL,
          test_results {json} NULL,
          wip {bool} NOT NULL,
          pact_pending {bool} NULL,
          consumer_version_selector_hashes {json} NULL,
          tag_names TEXT NULL,
          verified_by_implementation TEXT NULL,
          verified_by_version TEXT NULL,
          verified_by_client_language {json} NULL,
          created_at {timestamp} NOT NULL,
          CONSTRAINT verifications_pact_version_number_unique UNIQUE (pact_version_id, number)
        );
        CREATE INDEX verifications_provider_version ON verifications (provider_version_id);
        CREATE INDEX verifications_provider_consumer ON verifications (provider_id, consumer_id);
        CREATE TABLE latest_verification_id_for_pact_version_and_provider_version (
          pact_version_id BIGINT NOT NULL REFERENCES pact_versions (id) ON DELETE CASCADE,
          provider_version_id BIGINT NOT NULL REFERENCES versions (id) ON DELETE CASCADE,
          verification_id BIGINT NOT NULL REFERENCES verifications (id) ON DELETE CASCADE,
          consumer_id BIGINT NOT NULL REFERENCES pacticipants (id) ON DELETE CASCADE,
          provider_id BIGINT NOT NULL REFERENCES pacticipants (id) ON DELETE CASCADE,
          created_at {timestamp} NOT NULL,
          PRIMARY KEY (pact_version_id, provider_version_id)
        );
        CREATE INDEX latest_verification_ids_provider_version ON latest_verification_id_for_pact_version_and_provider_version (provider_version_id);
        CREATE INDEX latest_verification_ids_verification ON latest_verification_id_for_pact_version_and_provider_version (verification_id);
        CREATE TABLE environments (
          id {id},
          uuid TEXT NOT NULL,
          name TEXT NOT NULL,
          display_name TEXT NULL,
          production {bool} NOT NULL,
          contacts {json} NULL,
          created_at {timestamp} NOT NULL,
          updated_at {timestamp} NOT NULL,
          CONSTRAINT environments_uuid_unique UNIQUE (uuid),
          CONSTRAINT environments_name_unique UNIQUE (name)
        );
        CREATE TABLE deployed_versions (
          id {id},
          uuid TEXT NOT NULL,
          version_id BIGINT NOT NULL REFERENCES versions (id) ON DELETE CASCADE,
          pacticipant_id BIGINT NOT NULL REFERENCES pacticipants (id) ON DELETE CASCADE,
          environment_id BIGINT NOT NULL REFERENCES environments (id) ON DELETE CASCADE,
          target TEXT NULL,
          target_for_index TEXT NOT NULL,
          undeployed_at {timestamp} NULL,
          auto_created {bool} NOT NULL,
          created_at {timestamp} NOT NULL,
          updated_at {timestamp} NOT NULL,
          CONSTRAINT deployed_versions_uuid_unique UNIQUE (uuid)
        );
        CREATE INDEX deployed_versions_version ON deployed_versions (version_id);
        CREATE INDEX deployed_versions_environment_pacticipant ON deployed_versions (environment_id, pacticipant_id);
        CREATE TABLE currently_deployed_version_ids (
          id {id},
          pacticipant_id BIGINT NOT NULL REFERENCES pacticipants (id) ON DELETE CASCADE,
          environment_id BIGINT NOT NULL REFERENCES environments (id) ON DELETE CASCADE,
          target_for_index TEXT NOT NULL,
          deployed_version_id BIGINT NOT NULL REFERENCES deployed_versions (id) ON DELETE CASCADE,
          version_id BIGINT NOT NULL REFERENCES versions (id) ON DELETE CASCADE,
          CONSTRAINT currently_deployed_unique UNIQUE (pacticipant_id, environment_id, target_for_index)
        );
        CREATE INDEX currently_deployed_environment ON currently_deployed_version_ids (environment_id);
        CREATE INDEX currently_deployed_version ON currently_deployed_version_ids (version_id);
        CREATE TABLE released_versions (
          id {id},
          uuid TEXT NOT NULL,
          version_id BIGINT NOT NULL REFERENCES versions (id) ON DELETE CASCADE,
          pacticipant_id BIGINT NOT NULL REFERENCES pacticipants (id) ON DELETE CASCADE,
          environment_id BIGINT NOT NULL REFERENCES environments (id) ON DELETE CASCADE,
          support_ended_at {timestamp} NULL,
          created_at {timestamp} NOT NULL,
          updated_at {timestamp} NOT NULL,
          CONSTRAINT released_versions_uuid_unique UNIQUE (uuid),
          CONSTRAINT released_versions_version_environment_unique UNIQUE (version_id, environment_id)
        );
        CREATE INDEX released_versions_environment_pacticipant ON released_versions (environment_id, pacticipant_id);
        CREATE TABLE webhooks (
          id {id},
          uuid TEXT NOT NULL,
          description TEXT NULL,
          method TEXT NOT NULL,
          url TEXT NOT NULL,
          headers {json} NULL,
          body TEXT NULL,
          is_json_request_body {bool} NOT NULL,
          username TEXT NULL,
          password TEXT NULL,
          consumer_id BIGINT NULL REFERENCES pacticipants (id) ON DELETE CASCADE,
          consumer_label TEXT NULL,
          provider_id BIGINT NULL REFERENCES pacticipants (id) ON DELETE CASCADE,
          provider_label TEXT NULL,
          enabled {bool} NOT NULL,
          created_at {timestamp} NOT NULL,
          updated_at {timestamp} NOT NULL,
          CONSTRAINT webhooks_uuid_unique UNIQUE (uuid)
        );
        CREATE TABLE webhook_events (
          id {id},
          webhook_id BIGINT NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
          name TEXT NOT NULL,
          created_at {timestamp} NOT NULL,
          CONSTRAINT webhook_events_webhook_name_unique UNIQUE (webhook_id, name)
        );
        CREATE INDEX webhook_events_name ON webhook_events (name);
        CREATE TABLE triggered_webhooks (
          id {id},
          uuid TEXT NOT NULL,
          trigger_type TEXT NOT NULL,
          webhook_id BIGINT NULL REFERENCES webhooks (id) ON DELETE SET NULL,
          webhook_uuid TEXT NOT NULL,
          consumer_id BIGINT NULL REFERENCES pacticipants (id) ON DELETE CASCADE,
          provider_id BIGINT NULL REFERENCES pacticipants (id) ON DELETE CASCADE,
          pact_publication_id BIGINT NULL REFERENCES pact_publications (id) ON DELETE CASCADE,
          verification_id BIGINT NULL REFERENCES verifications (id) ON DELETE CASCADE,
          event_name TEXT NOT NULL,
          event_context {json} NULL,
          status TEXT NOT NULL,
          attempts_made INTEGER NOT NULL,
          attempts_planned INTEGER NOT NULL,
          next_attempt_at {timestamp} NULL,
          created_at {timestamp} NOT NULL,
          updated_at {timestamp} NOT NULL,
          CONSTRAINT triggered_webhooks_uuid_unique UNIQUE (uuid)
        );
        CREATE INDEX triggered_webhooks_status_next_attempt ON triggered_webhooks (status, next_attempt_at);
        CREATE INDEX triggered_webhooks_webhook ON triggered_webhooks (webhook_id);
        CREATE INDEX triggered_webhooks_pact_publication ON triggered_webhooks (pact_publication_id);
        CREATE INDEX triggered_webhooks_verification ON triggered_webhooks (verification_id);
        CREATE TABLE webhook_executions (
          id {id},
          triggered_webhook_id BIGINT NOT NULL REFERENCES triggered_webhooks (id) ON DELETE CASCADE,
          success {bool} NOT NULL,
          logs TEXT NULL,
          created_at {timestamp} NOT NULL
        );
        CREATE INDEX webhook_executions_triggered_webhook ON webhook_executions (triggered_webhook_id);
        CREATE TABLE config (
          id {id},
          name TEXT NOT NULL,
          value_type TEXT NOT NULL,
          value TEXT NULL,
          created_at {timestamp} NOT NULL,
          updated_at {timestamp} NOT NULL,
          CONSTRAINT config_name_unique UNIQUE (name)
        );
        """);
}
