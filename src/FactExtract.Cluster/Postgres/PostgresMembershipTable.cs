using System.Globalization;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;
using Orleans.Runtime;

namespace FactExtract.Cluster.Postgres;

/// <summary>
/// Orleans' membership table in PostgreSQL. Every write that changes the membership view swaps the
/// cluster's table version with its etag (compare and swap under the version row's lock) in the same
/// transaction as the silo row, so concurrent writers see exactly one winner; reads take the version and
/// the rows in one statement. Heartbeats touch only <c>i_am_alive_time</c>.
/// </summary>
internal sealed class PostgresMembershipTable : IMembershipTable, IAsyncDisposable, IDisposable
{
    private readonly MembershipStore store;

    public PostgresMembershipTable(Membership.Postgres membership, IOptions<ClusterOptions> clusterOptions)
    {
        ArgumentNullException.ThrowIfNull(clusterOptions);
        store = new MembershipStore(membership, clusterOptions.Value.ClusterId);
    }

    public Task InitializeMembershipTable(bool tryInitTableVersion) => store.EnsureSchemaAsync(tryInitTableVersion, CancellationToken.None);

    public async Task DeleteMembershipTableEntries(string clusterId)
    {
        await using var connection = await store.OpenAsync(CancellationToken.None).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(MembershipSql.DeleteCluster, connection);
        command.Parameters.AddWithValue("cluster", clusterId);
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    public async Task CleanupDefunctSiloEntries(DateTimeOffset beforeDate)
    {
        await using var connection = await store.OpenAsync(CancellationToken.None).ConfigureAwait(false);
        var defunct = new List<string>();
        await using (var read = store.Command(MembershipSql.ReadDead, connection))
        {
            read.Parameters.AddWithValue("status", (int)SiloStatus.Dead);
            await using var reader = await read.ExecuteReaderAsync().ConfigureAwait(false);
            while (await reader.ReadAsync().ConfigureAwait(false))
            {
                // The last known update includes death votes, which live in the suspect list.
                var (entry, _) = MembershipRow.Read(reader, 2)!;
                if (LastUpdate(entry) < beforeDate.UtcDateTime) defunct.Add(entry.SiloAddress.ToParsableString());
            }
        }

        if (defunct.Count == 0) return;
        await using var delete = store.Command(MembershipSql.DeleteSilos, connection);
        delete.Parameters.AddWithValue("silos", defunct.ToArray());
        await delete.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    public async Task<MembershipTableData> ReadRow(SiloAddress key)
    {
        await using var connection = await store.OpenAsync(CancellationToken.None).ConfigureAwait(false);
        await using var command = store.Command(MembershipSql.ReadRow, connection);
        command.Parameters.AddWithValue("silo", key.ToParsableString());
        return await ReadTableAsync(command).ConfigureAwait(false);
    }

    public async Task<MembershipTableData> ReadAll()
    {
        await using var connection = await store.OpenAsync(CancellationToken.None).ConfigureAwait(false);
        await using var command = store.Command(MembershipSql.ReadAll, connection);
        return await ReadTableAsync(command).ConfigureAwait(false);
    }

    public Task<bool> InsertRow(MembershipEntry entry, TableVersion tableVersion) =>
        WriteAsync(MembershipSql.InsertSilo, entry, rowEtag: null, tableVersion);

    public Task<bool> UpdateRow(MembershipEntry entry, string etag, TableVersion tableVersion) =>
        long.TryParse(etag, NumberStyles.None, CultureInfo.InvariantCulture, out var rowEtag)
            ? WriteAsync(MembershipSql.UpdateSilo, entry, rowEtag, tableVersion)
            : Task.FromResult(false);

    public async Task UpdateIAmAlive(MembershipEntry entry)
    {
        await using var connection = await store.OpenAsync(CancellationToken.None).ConfigureAwait(false);
        await using var command = store.Command(MembershipSql.UpdateIAmAlive, connection);
        command.Parameters.AddWithValue("silo", entry.SiloAddress.ToParsableString());
        command.Parameters.AddWithValue("i_am_alive_time", MembershipRow.AsUtc(entry.IAmAliveTime));
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => store.DisposeAsync();

    public void Dispose() => store.Dispose();

    /// <summary>Swaps the table version and writes the silo row in one transaction; false (and nothing written) when either check fails.</summary>
    private async Task<bool> WriteAsync(string siloSql, MembershipEntry entry, long? rowEtag, TableVersion tableVersion)
    {
        if (!long.TryParse(tableVersion.VersionEtag, NumberStyles.None, CultureInfo.InvariantCulture, out var tableEtag)) return false;
        await using var connection = await store.OpenAsync(CancellationToken.None).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false);
        await using (var swap = store.Command(MembershipSql.SwapVersion, connection, transaction))
        {
            swap.Parameters.AddWithValue("version", tableVersion.Version);
            swap.Parameters.AddWithValue("etag", tableEtag);
            if (await swap.ExecuteNonQueryAsync().ConfigureAwait(false) != 1)
            {
                await transaction.RollbackAsync().ConfigureAwait(false);
                return false;
            }
        }

        await using (var write = store.Command(siloSql, connection, transaction))
        {
            MembershipRow.AddParameters(write, entry);
            if (rowEtag is { } expected) write.Parameters.AddWithValue("row_etag", expected);
            if (await write.ExecuteNonQueryAsync().ConfigureAwait(false) != 1)
            {
                await transaction.RollbackAsync().ConfigureAwait(false);
                return false;
            }
        }

        await transaction.CommitAsync().ConfigureAwait(false);
        return true;
    }

    private static DateTime LastUpdate(MembershipEntry entry)
    {
        var last = MembershipRow.AsUtc(entry.IAmAliveTime > entry.StartTime ? entry.IAmAliveTime : entry.StartTime);
        foreach (var (_, voteTime) in entry.SuspectTimes ?? [])
        {
            if (MembershipRow.AsUtc(voteTime) > last) last = MembershipRow.AsUtc(voteTime);
        }

        return last;
    }

    private static async Task<MembershipTableData> ReadTableAsync(NpgsqlCommand command)
    {
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        var rows = new List<Tuple<MembershipEntry, string>>();
        TableVersion? version = null;
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            version ??= new TableVersion(reader.GetInt32(0), reader.GetInt64(1).ToString(CultureInfo.InvariantCulture));
            if (MembershipRow.Read(reader, 2) is { } row) rows.Add(row);
        }

        // No version row: no silo has initialised this cluster yet; nothing can be swapped against this etag.
        return new MembershipTableData(rows, version ?? new TableVersion(0, "-1"));
    }
}
