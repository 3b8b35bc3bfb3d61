using System.Net;
using Npgsql;

namespace FactExtract.Cluster;

/// <summary>
/// How silos find each other and clients find gateways:
/// <c>localhost</c> (development: one machine, the primary silo on port 11111, its gateway on 30000;
/// a client may list gateways as <c>localhost:30000,30001</c>), <c>redis:HOST:PORT</c> (any
/// StackExchange.Redis configuration string after the prefix) or <c>postgres:CONNSTRING</c> (an
/// Npgsql connection string such as <c>Host=db;Port=5432;Username=orleans;Database=factextract</c>).
/// </summary>
public abstract record Membership
{
    /// <summary>The silo port of the development primary silo.</summary>
    public const int DefaultPrimarySiloPort = 11111;

    /// <summary>The gateway port of the development primary silo.</summary>
    public const int DefaultGatewayPort = 30000;

    private Membership()
    {
    }

    /// <summary>Reads a <c>--membership</c> value.</summary>
    /// <param name="text">The value given on the command line.</param>
    /// <exception cref="FormatException">The value names no supported membership.</exception>
    public static Membership Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Equals("localhost", StringComparison.OrdinalIgnoreCase))
            return new Localhost(new[] { DefaultGatewayPort });
        if (text.StartsWith("localhost:", StringComparison.OrdinalIgnoreCase))
        {
            var ports = text["localhost:".Length..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var parsed = new List<int>();
            foreach (var p in ports)
            {
                if (!int.TryParse(p, out var port) || port is <= 0 or > 65535) throw new FormatException($"'{p}' is not a port in membership '{text}'");
                parsed.Add(port);
            }

            if (parsed.Count == 0) throw new FormatException($"membership '{text}' lists no gateway port");
            return new Localhost(parsed);
        }

        if (text.StartsWith("redis:", StringComparison.OrdinalIgnoreCase) && text.Length > "redis:".Length)
            return new Redis(text["redis:".Length..]);
        if (text.StartsWith("postgres:", StringComparison.OrdinalIgnoreCase))
            return Postgres.FromConnectionString(text["postgres:".Length..]);
        throw new FormatException($"unknown membership '{Display(text)}': use localhost, redis:HOST:PORT or postgres:Host=...;Database=...");
    }

    /// <summary>
    /// A <c>--membership</c> value fit for messages and logs: a PostgreSQL password is masked
    /// (Redis passwords too); anything else is returned as given.
    /// </summary>
    /// <param name="text">The value given on the command line.</param>
    public static string Display(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.StartsWith("postgres:", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                return Postgres.FromConnectionString(text["postgres:".Length..]).ToString();
            }
            catch (FormatException)
            {
                return "postgres:(unreadable connection string)";
            }
        }

        return MaskRedisPassword(text);
    }

    private static string MaskRedisPassword(string text) => System.Text.RegularExpressions.Regex.Replace(text, "(?i)(password=)[^,]*", "$1***");

    /// <summary>Development clustering on one machine.</summary>
    /// <param name="GatewayPorts">The gateways a client connects to.</param>
    public sealed record Localhost(IReadOnlyList<int> GatewayPorts) : Membership
    {
        /// <summary>Where every development silo finds the primary one.</summary>
        public static IPEndPoint PrimarySilo => new(IPAddress.Loopback, DefaultPrimarySiloPort);
    }

    /// <summary>Membership table kept in Redis: silos may come and go on any machine.</summary>
    /// <param name="Configuration">The StackExchange.Redis configuration string, e.g. <c>127.0.0.1:6379</c>.</param>
    public sealed record Redis(string Configuration) : Membership
    {
        /// <summary>The membership as given, with any password masked.</summary>
        public override string ToString() => "redis:" + MaskRedisPassword(Configuration);
    }

    /// <summary>
    /// Membership table kept in PostgreSQL (two small tables, created on first use; rows keyed by cluster id).
    /// Create it with <see cref="FromConnectionString"/>, which checks the connection string.
    /// </summary>
    /// <param name="ConnectionString">The Npgsql connection string.</param>
    public sealed record Postgres(string ConnectionString) : Membership
    {
        /// <summary>The database server's host name or address.</summary>
        public string Host => Builder.Host ?? "";

        /// <summary>The database server's port.</summary>
        public int Port => Builder.Port;

        /// <summary>The database (the user's name when not given).</summary>
        public string? Database => Builder.Database;

        private NpgsqlConnectionStringBuilder Builder => new(ConnectionString);

        /// <summary>Reads and checks an Npgsql connection string (keys and values; a host is required).</summary>
        /// <param name="connectionString">For example <c>Host=127.0.0.1;Port=5432;Username=orleans;Database=factextract</c>.</param>
        /// <exception cref="FormatException">The string is not a connection string or names no host.</exception>
        public static Postgres FromConnectionString(string connectionString)
        {
            ArgumentNullException.ThrowIfNull(connectionString);
            NpgsqlConnectionStringBuilder builder;
            try
            {
                builder = new NpgsqlConnectionStringBuilder(connectionString);
            }
            catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidCastException or OverflowException)
            {
                throw new FormatException($"postgres membership: not a connection string ({ex.Message}); expected e.g. postgres:Host=127.0.0.1;Port=5432;Username=orleans;Database=factextract", ex);
            }

            if (string.IsNullOrWhiteSpace(builder.Host))
                throw new FormatException("postgres membership: the connection string names no Host (e.g. postgres:Host=127.0.0.1;Port=5432;Username=orleans;Database=factextract)");
            if (builder.Port is <= 0 or > 65535)
                throw new FormatException($"postgres membership: {builder.Port} is not a port");
            return new Postgres(connectionString);
        }

        /// <summary>The membership as given, with any password masked.</summary>
        public override string ToString()
        {
            var builder = Builder;
            if (builder.Password is not null) builder.Password = "***";
            return "postgres:" + builder.ConnectionString;
        }
    }
}
