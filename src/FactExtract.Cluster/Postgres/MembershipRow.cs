using System.Globalization;
using System.Text;
using Npgsql;
using Orleans.Runtime;

namespace FactExtract.Cluster.Postgres;

/// <summary>Moves a <see cref="MembershipEntry"/> between Orleans and a row of <c>factextract_cluster_silo</c>.</summary>
internal static class MembershipRow
{
    /// <summary>Adds the parameters every silo statement uses (the columns of the row).</summary>
    public static void AddParameters(NpgsqlCommand command, MembershipEntry entry)
    {
        command.Parameters.AddWithValue("silo", entry.SiloAddress.ToParsableString());
        command.Parameters.AddWithValue("status", (int)entry.Status);
        command.Parameters.AddWithValue("proxy_port", entry.ProxyPort);
        command.Parameters.AddWithValue("host_name", entry.HostName ?? "");
        command.Parameters.AddWithValue("silo_name", entry.SiloName ?? "");
        command.Parameters.AddWithValue("role_name", entry.RoleName ?? "");
        command.Parameters.AddWithValue("update_zone", entry.UpdateZone);
        command.Parameters.AddWithValue("fault_zone", entry.FaultZone);
        command.Parameters.AddWithValue("start_time", AsUtc(entry.StartTime));
        command.Parameters.AddWithValue("i_am_alive_time", AsUtc(entry.IAmAliveTime));
        command.Parameters.AddWithValue("suspect_times", FormatSuspectTimes(entry.SuspectTimes));
    }

    /// <summary>Reads the silo columns starting at <paramref name="first"/>; null when the row is absent (a LEFT JOIN miss).</summary>
    public static Tuple<MembershipEntry, string>? Read(NpgsqlDataReader reader, int first)
    {
        if (reader.IsDBNull(first)) return null;
        var entry = new MembershipEntry
        {
            SiloAddress = SiloAddress.FromParsableString(reader.GetString(first)),
            Status = (SiloStatus)reader.GetInt32(first + 1),
            ProxyPort = reader.GetInt32(first + 2),
            HostName = reader.GetString(first + 3),
            SiloName = reader.GetString(first + 4),
            RoleName = reader.GetString(first + 5),
            UpdateZone = reader.GetInt32(first + 6),
            FaultZone = reader.GetInt32(first + 7),
            StartTime = reader.GetDateTime(first + 8),
            IAmAliveTime = reader.GetDateTime(first + 9),
            SuspectTimes = ParseSuspectTimes(reader.GetString(first + 10)),
        };
        var etag = reader.GetInt64(first + 11).ToString(CultureInfo.InvariantCulture);
        return Tuple.Create(entry, etag);
    }

    /// <summary>Votes as <c>SILO@TICKS</c> separated by spaces (a silo's parsable form, <c>IP:PORT@GENERATION</c>, holds no space).</summary>
    public static string FormatSuspectTimes(List<Tuple<SiloAddress, DateTime>>? votes)
    {
        if (votes is null || votes.Count == 0) return "";
        var text = new StringBuilder();
        foreach (var (silo, time) in votes)
        {
            if (text.Length > 0) text.Append(' ');
            text.Append(silo.ToParsableString()).Append('@').Append(AsUtc(time).Ticks.ToString(CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    public static List<Tuple<SiloAddress, DateTime>> ParseSuspectTimes(string text)
    {
        var votes = new List<Tuple<SiloAddress, DateTime>>();
        foreach (var vote in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            int at = vote.LastIndexOf('@');
            if (at <= 0 || !long.TryParse(vote.AsSpan(at + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks))
                throw new FormatException($"unreadable suspect vote '{vote}' in the membership table");
            votes.Add(Tuple.Create(SiloAddress.FromParsableString(vote[..at]), new DateTime(ticks, DateTimeKind.Utc)));
        }

        return votes;
    }

    /// <summary>timestamptz takes UTC only; Orleans' times are UTC, but an unspecified kind is read as UTC too.</summary>
    public static DateTime AsUtc(DateTime time) => time.Kind switch
    {
        DateTimeKind.Utc => time,
        DateTimeKind.Local => time.ToUniversalTime(),
        _ => DateTime.SpecifyKind(time, DateTimeKind.Utc),
    };
}
