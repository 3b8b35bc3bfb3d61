using System.Net.Sockets;
using Npgsql;

namespace FactExtract.Cluster.Postgres;

/// <summary>
/// The connection pool to the PostgreSQL server that holds the membership table, shared by a silo's
/// membership table or a client's gateway list. Failures to connect name the server, never the password.
/// </summary>
internal sealed class MembershipStore : IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource dataSource;

    public MembershipStore(Membership.Postgres membership, string clusterId)
    {
        ArgumentNullException.ThrowIfNull(membership);
        ArgumentException.ThrowIfNullOrEmpty(clusterId);
        ClusterId = clusterId;
        Server = $"{membership.Host}:{membership.Port}" + (membership.Database is { Length: > 0 } db ? $", database {db}" : "");
        dataSource = NpgsqlDataSource.Create(membership.ConnectionString);
    }

    public string ClusterId { get; }

    /// <summary><c>HOST:PORT, database NAME</c>, for messages.</summary>
    public string Server { get; }

    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is NpgsqlException or SocketException or TimeoutException && !cancellationToken.IsCancellationRequested)
        {
            throw new MembershipStoreUnreachableException($"cannot reach the PostgreSQL membership store at {Server}: {FirstLine(ex.Message)}", ex);
        }
    }

    /// <summary>Creates the tables if missing and, for a silo, the cluster's version row; safe to run from many silos at once.</summary>
    public async Task EnsureSchemaAsync(bool initVersion, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        bool exists;
        await using (var probe = new NpgsqlCommand(MembershipSql.SchemaExists, connection, transaction))
            exists = await probe.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is true;
        if (!exists)
        {
            await using var create = new NpgsqlCommand(MembershipSql.CreateSchema, connection, transaction);
            create.Parameters.AddWithValue("lock", MembershipSql.SchemaLockKey);
            try
            {
                await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InsufficientPrivilege)
            {
                throw new InvalidOperationException(
                    $"the PostgreSQL login at {Server} may not create the membership tables ({ex.MessageText}): start the first silo with a login that may (e.g. the database owner), or GRANT CREATE ON SCHEMA to this one",
                    ex);
            }
        }

        if (initVersion)
        {
            await using var init = new NpgsqlCommand(MembershipSql.InitVersion, connection, transaction);
            init.Parameters.AddWithValue("cluster", ClusterId);
            await init.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public NpgsqlCommand Command(string sql, NpgsqlConnection connection, NpgsqlTransaction? transaction = null)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.AddWithValue("cluster", ClusterId);
        return command;
    }

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();

    public void Dispose() => dataSource.Dispose();

    private static string FirstLine(string message) => message.Split('\n')[0].TrimEnd('\r');
}
