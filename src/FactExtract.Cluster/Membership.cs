using System.Net;

namespace FactExtract.Cluster;

/// <summary>
/// How silos find each other and clients find gateways:
/// <c>localhost</c> (development: one machine, the primary silo on port 11111, its gateway on 30000;
/// a client may list gateways as <c>localhost:30000,30001</c>) or <c>redis:HOST:PORT</c> (any
/// StackExchange.Redis configuration string after the prefix).
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
            throw new FormatException("postgres membership is not available in this build; use redis:HOST:PORT");
        throw new FormatException($"unknown membership '{text}': use localhost or redis:HOST:PORT");
    }

    /// <summary>Development clustering on one machine.</summary>
    /// <param name="GatewayPorts">The gateways a client connects to.</param>
    public sealed record Localhost(IReadOnlyList<int> GatewayPorts) : Membership
    {
        /// <summary>Where every development silo finds the primary one.</summary>
        public static IPEndPoint PrimarySilo => new(IPAddress.Loopback, DefaultPrimarySiloPort);
    }

    /// <summary>Membership table kept in Redis: silos may come and go on any machine.</summary>
    /// <param name="Configuration">The StackExchange.Redis configuration string, e.g. <c>127.0.0.1:6379</c>.</param>
    public sealed record Redis(string Configuration) : Membership;
}
