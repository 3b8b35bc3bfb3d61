namespace FactExtract.Cluster.Postgres;

/// <summary>
/// The schema and statements of the PostgreSQL membership table. Two tables serve every cluster in a
/// database, rows keyed by cluster id: one version row per cluster (the table version Orleans' membership
/// protocol compares and swaps) and one row per silo. Both etags are counters; a silo row's etag moves only
/// with <c>UpdateRow</c>, never with a heartbeat, as the protocol requires.
/// </summary>
internal static class MembershipSql
{
    /// <summary>Serializes concurrent schema creation: two silos starting at once would otherwise race on CREATE TABLE IF NOT EXISTS.</summary>
    public const long SchemaLockKey = 0x4641_4354_4558_54; // "FACTEXT"

    /// <summary>CREATE TABLE IF NOT EXISTS needs CREATE on the schema even when the tables exist; asking first spares logins without it.</summary>
    public const string SchemaExists = "SELECT to_regclass('factextract_cluster_version') IS NOT NULL AND to_regclass('factextract_cluster_silo') IS NOT NULL";

    public const string CreateSchema = """
        SELECT pg_advisory_xact_lock(@lock);
        CREATE TABLE IF NOT EXISTS factextract_cluster_version (
            cluster_id  text    PRIMARY KEY,
            version     integer NOT NULL,
            etag        bigint  NOT NULL
        );
        CREATE TABLE IF NOT EXISTS factextract_cluster_silo (
            cluster_id      text        NOT NULL REFERENCES factextract_cluster_version (cluster_id) ON DELETE CASCADE,
            silo            text        NOT NULL,
            status          integer     NOT NULL,
            proxy_port      integer     NOT NULL,
            host_name       text        NOT NULL,
            silo_name       text        NOT NULL,
            role_name       text        NOT NULL,
            update_zone     integer     NOT NULL,
            fault_zone      integer     NOT NULL,
            start_time      timestamptz NOT NULL,
            i_am_alive_time timestamptz NOT NULL,
            suspect_times   text        NOT NULL,
            etag            bigint      NOT NULL,
            PRIMARY KEY (cluster_id, silo)
        );
        """;

    public const string InitVersion = """
        INSERT INTO factextract_cluster_version (cluster_id, version, etag) VALUES (@cluster, 0, 0)
        ON CONFLICT (cluster_id) DO NOTHING
        """;

    private const string SiloColumns = "s.silo, s.status, s.proxy_port, s.host_name, s.silo_name, s.role_name, s.update_zone, s.fault_zone, s.start_time, s.i_am_alive_time, s.suspect_times, s.etag";

    /// <summary>The version and every silo in one statement, so one snapshot: the protocol needs them read atomically.</summary>
    public const string ReadAll = $"""
        SELECT v.version, v.etag, {SiloColumns}
        FROM factextract_cluster_version v
        LEFT JOIN factextract_cluster_silo s ON s.cluster_id = v.cluster_id
        WHERE v.cluster_id = @cluster
        """;

    public const string ReadRow = $"""
        SELECT v.version, v.etag, {SiloColumns}
        FROM factextract_cluster_version v
        LEFT JOIN factextract_cluster_silo s ON s.cluster_id = v.cluster_id AND s.silo = @silo
        WHERE v.cluster_id = @cluster
        """;

    /// <summary>Compare-and-swap of the table version; the row lock it takes orders concurrent writers.</summary>
    public const string SwapVersion = """
        UPDATE factextract_cluster_version SET version = @version, etag = etag + 1
        WHERE cluster_id = @cluster AND etag = @etag
        """;

    public const string InsertSilo = """
        INSERT INTO factextract_cluster_silo
            (cluster_id, silo, status, proxy_port, host_name, silo_name, role_name, update_zone, fault_zone, start_time, i_am_alive_time, suspect_times, etag)
        VALUES (@cluster, @silo, @status, @proxy_port, @host_name, @silo_name, @role_name, @update_zone, @fault_zone, @start_time, @i_am_alive_time, @suspect_times, 0)
        ON CONFLICT (cluster_id, silo) DO NOTHING
        """;

    public const string UpdateSilo = """
        UPDATE factextract_cluster_silo SET
            status = @status, proxy_port = @proxy_port, host_name = @host_name, silo_name = @silo_name, role_name = @role_name,
            update_zone = @update_zone, fault_zone = @fault_zone, start_time = @start_time, i_am_alive_time = @i_am_alive_time,
            suspect_times = @suspect_times, etag = etag + 1
        WHERE cluster_id = @cluster AND silo = @silo AND etag = @row_etag
        """;

    public const string UpdateIAmAlive = """
        UPDATE factextract_cluster_silo SET i_am_alive_time = @i_am_alive_time
        WHERE cluster_id = @cluster AND silo = @silo
        """;

    public const string ReadDead = $"""
        SELECT 0, 0, {SiloColumns}
        FROM factextract_cluster_silo s
        WHERE s.cluster_id = @cluster AND s.status = @status
        """;

    public const string DeleteSilos = "DELETE FROM factextract_cluster_silo WHERE cluster_id = @cluster AND silo = ANY(@silos)";

    /// <summary>The silo rows go with their version row (ON DELETE CASCADE).</summary>
    public const string DeleteCluster = "DELETE FROM factextract_cluster_version WHERE cluster_id = @cluster";

    public const string ReadGateways = """
        SELECT silo, proxy_port FROM factextract_cluster_silo
        WHERE cluster_id = @cluster AND status = @status AND proxy_port > 0
        """;
}
